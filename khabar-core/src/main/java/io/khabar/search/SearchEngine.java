package io.khabar.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * The search role of a store: engines execute one reading of a query's words; {@link SearchPolicy} decides
 * which reading a user gets, once for every engine.
 */
public interface SearchEngine {

  /** How a query's free words combine (phrases, exclusions and filters always apply). */
  enum Words { ALL, ANY }

  /** One page of matches, with the total number of matches. */
  SearchPage page(SearchQuery query, Words words) throws IOException;

  /** Matches per publication day (UTC), oldest first; undated articles are not counted. */
  SortedMap<LocalDate, Long> countByDay(SearchQuery query, Words words) throws IOException;

  /** A search as users get it: see {@link SearchPolicy}. */
  default SearchPage search(SearchQuery query) throws IOException {
    return SearchPolicy.search(this, query);
  }

  /** What an entity or topic page charts: matches per day under the same policy as {@link #search}. */
  default SortedMap<LocalDate, Long> countByDay(SearchQuery query) throws IOException {
    return SearchPolicy.countByDay(this, query);
  }
}
