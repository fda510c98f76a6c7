package io.khabar.ingest.web;

/** What one crawl pass did for one source. */
public record SourceReport(String source, int feeds, int unchangedFeeds, int newItems, int articles, int failures) {
  @Override
  public String toString() {
    return source + ": " + feeds + " feeds (" + unchangedFeeds + " unchanged), " + newItems + " new items, "
        + articles + " articles, " + failures + " failures";
  }
}
