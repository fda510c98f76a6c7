package io.khabar.search;

import java.time.LocalDate;

/**
 * A search request. {@code from}/{@code to} are inclusive dates (UTC), null for open ends;
 * {@code source} null for every outlet; {@code entity} (an {@link io.khabar.model.Entity#key()}) and
 * {@code topic} (a {@link io.khabar.model.Topic#key()}) null for no such filter. Built through {@link #of(String)} and the {@code with…}
 * methods; the constructor rejects what no page should ask for.
 */
public record SearchQuery(String text, String source, LocalDate from, LocalDate to, Sort sort, int offset, int limit,
    String entity, String topic) {
  public static final int MAX_QUERY_CHARS = 500;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  public enum Sort { RELEVANCE, NEWEST }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    source = source == null || source.isBlank() ? null : source.strip();
    entity = entity == null || entity.isBlank() ? null : entity.strip();
    topic = topic == null || topic.isBlank() ? null : topic.strip();
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

  /** A query without entity or topic filter. */
  public SearchQuery(String text, String source, LocalDate from, LocalDate to, Sort sort, int offset, int limit) {
    this(text, source, from, to, sort, offset, limit, null, null);
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, Sort.RELEVANCE, 0, 10);
  }

  /** Only articles that mention this entity (its key); null for any. */
  public SearchQuery withEntity(String key) {
    return new SearchQuery(text, source, from, to, sort, offset, limit, key, topic);
  }

  /** Only articles of this topic (its key); null for any. */
  public SearchQuery withTopic(String key) {
    return new SearchQuery(text, source, from, to, sort, offset, limit, entity, key);
  }

  public SearchQuery withSource(String s) {
    return new SearchQuery(text, s, from, to, sort, offset, limit, entity, topic);
  }

  public SearchQuery withDates(LocalDate f, LocalDate t) {
    return new SearchQuery(text, source, f, t, sort, offset, limit, entity, topic);
  }

  public SearchQuery withSort(Sort s) {
    return new SearchQuery(text, source, from, to, s, offset, limit, entity, topic);
  }

  public SearchQuery withPage(int off, int lim) {
    return new SearchQuery(text, source, from, to, sort, off, lim, entity, topic);
  }
}
