package io.khabar.ingest.web;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * One announced article: the page it leads to, and what the feed or sitemap says of it (may be empty/null):
 * {@code image} is the address of a picture the feed encloses with it (used when the page names none).
 */
public record FeedItem(URI link, String title, OffsetDateTime published, String image) {
  public FeedItem(URI link, String title, OffsetDateTime published) {
    this(link, title, published, null);
  }
}
