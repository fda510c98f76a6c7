package io.khabar.search;

import io.khabar.search.SearchEngine.Words;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * Khabar's one search policy, whatever the engine: every word is required; when nothing matches them all,
 * any word will do (a reader who typed one word too many still finds something). Counts per day follow the
 * words-required reading, as the page they chart.
 */
public final class SearchPolicy {
  private SearchPolicy() {}

  public static SearchPage search(SearchEngine engine, SearchQuery q) throws IOException {
    SearchPage all = engine.page(q, Words.ALL);
    if (all.total() > 0 || q.text().isEmpty()) {
      return all;
    }
    return engine.page(q, Words.ANY);
  }

  public static SortedMap<LocalDate, Long> countByDay(SearchEngine engine, SearchQuery q) throws IOException {
    return engine.countByDay(q, Words.ALL);
  }
}
