package io.khabar.search;

import java.time.LocalDate;

/**
 * A search request. {@code from}/{@code to} are inclusive dates (UTC), null for open ends;
 * {@code source} null for every outlet. Built through {@link #of(String)} and the {@code with…}
 * methods; the constructor rejects what no page should ask for.
 */
public record SearchQuery(String text, String source, LocalDate from, LocalDate to, Sort sort, int offset, int limit) {
  public static final int MAX_QUERY_CHARS = 500;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  public enum Sort { RELEVANCE, NEWEST }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    source = source == null || source.isBlank() ? null : source.strip();
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (text.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("query longer than " + MAX_QUERY_CHARS + " characters");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("'from' (" + from + ") is after 'to' (" + to + ")");
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, Sort.RELEVANCE, 0, 10);
  }

  public SearchQuery withSource(String s) {
    return new SearchQuery(text, s, from, to, sort, offset, limit);
  }

  public SearchQuery withDates(LocalDate f, LocalDate t) {
    return new SearchQuery(text, source, f, t, sort, offset, limit);
  }

  public SearchQuery withSort(Sort s) {
    return new SearchQuery(text, source, from, to, s, offset, limit);
  }

  public SearchQuery withPage(int off, int lim) {
    return new SearchQuery(text, source, from, to, sort, off, lim);
  }
}
