/**
 * The crawl admin endpoints of {@code serve --crawl}, behind a bearer token.
 */
package io.khabar.web.admin;
