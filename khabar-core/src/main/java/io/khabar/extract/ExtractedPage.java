package io.khabar.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an article page says about its article. Strings are empty (never null) when the page does not say;
 * {@code published} is null then. {@code language} is an ISO 639-1 code ("ar", "en", ...).
 */
public record ExtractedPage(
    String url,
    String canonicalUrl,
    String title,
    List<String> paragraphs,
    OffsetDateTime published,
    String author,
    String originalSource,
    String imageUrl,
    String language) {

  /** The main text, one paragraph per line. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
