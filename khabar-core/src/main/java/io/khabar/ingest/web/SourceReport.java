package io.khabar.ingest.web;

/**
 * What one crawl pass did for one source; {@code extracted} article pages were fetched and read by the extractor,
 * {@code thin} of them gave no or very short text ({@link PageArticles#isThin}).
 */
public record SourceReport(String source, int feeds, int unchangedFeeds, int newItems, int articles, int failures,
    int extracted, int thin) {
  public SourceReport(String source, int feeds, int unchangedFeeds, int newItems, int articles, int failures) {
    this(source, feeds, unchangedFeeds, newItems, articles, failures, 0, 0);
  }

  @Override
  public String toString() {
    return source + ": " + feeds + " feeds (" + unchangedFeeds + " unchanged), " + newItems + " new items, "
        + articles + " articles, " + failures + " failures"
        + (extracted == 0 ? "" : String.format(java.util.Locale.ROOT, ", no or short text %d/%d pages (%.0f%%)", thin,
            extracted, 100.0 * thin / extracted));
  }
}
