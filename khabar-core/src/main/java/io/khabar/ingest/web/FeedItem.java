package io.khabar.ingest.web;

import java.net.URI;
import java.time.OffsetDateTime;

/** One announced article: the page it leads to, and what the feed or sitemap says of it (may be empty/null). */
public record FeedItem(URI link, String title, OffsetDateTime published) {}
