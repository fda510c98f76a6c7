/**
 * The site's pages: handlers that read through {@link io.khabar.Khabar} and the view records their templates show.
 */
package io.khabar.web.pages;
