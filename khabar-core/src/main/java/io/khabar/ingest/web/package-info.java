/**
 * Step 1, ingest from the web: sources (feeds, sitemaps, OPML), the polite crawler (robots.txt, per-host delays,
 * conditional GET, redirects re-checked, address rules against private networks, size limits), the WARC archive
 * and re-extraction from it. {@link io.khabar.ingest.web.WebIngest} is what {@code crawl}, {@code fetch},
 * {@code reextract} and {@code serve --crawl} share; it imports through the same chain as files.
 */
package io.khabar.ingest.web;
