/**
 * Step 6, serve: what the site's pages, API and admin endpoints share — request parameters and their checks,
 * 404/400 answers, JSON, Arabic numbers and dates, outlet names, templates. The server is assembled in
 * {@code web.server}; pages in {@code web.pages} (a handler, a view record and a jte template in
 * {@code src/main/jte}), the API in {@code web.api}, the crawl admin in {@code web.admin}.
 */
package io.khabar.web;
