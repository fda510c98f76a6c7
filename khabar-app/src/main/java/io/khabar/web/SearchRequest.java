package io.khabar.web;

import io.khabar.model.Topic;
import io.khabar.search.SearchQuery;
import io.khabar.search.SearchQuery.Sort;
import java.time.LocalDate;
import java.util.Locale;

/** A search as asked for over HTTP: the core query plus the page numbering the site shows. */
public record SearchRequest(SearchQuery query, int page, int size) {
  static final int MAX_ENTITY_CHARS = 200;

  /**
   * Checks every parameter here, with messages naming it, rather than leaving it to
   * {@link SearchQuery}, whose messages speak of offsets the user never typed.
   */
  public static SearchRequest parse(Params p, int size) {
    String q = p.text("q");
    if (q.length() > SearchQuery.MAX_QUERY_CHARS) {
      throw new BadParameter("q", "'q' is longer than " + SearchQuery.MAX_QUERY_CHARS + " characters",
          "نص البحث أطول من " + SearchQuery.MAX_QUERY_CHARS + " حرف.");
    }
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadParameter("from", "'from' (" + from + ") is after 'to' (" + to + ")",
          "تاريخ البداية (" + from + ") بعد تاريخ النهاية (" + to + ").");
    }
    Sort sort = sort(p.text("sort"));
    int page = p.integer("page", 1, 1, SearchQuery.MAX_OFFSET / size + 1);
    SearchQuery query = new SearchQuery(q, p.text("source"), from, to, sort, (page - 1) * size, size)
        .withEntity(entity(p)).withTopic(topic(p));
    return new SearchRequest(query, page, size);
  }

  /** An entity key as the site links it; any string is a key, but not a book. */
  private static String entity(Params p) {
    String v = p.text("entity");
    if (v.length() > MAX_ENTITY_CHARS) {
      throw new BadParameter("entity", "'entity' is longer than " + MAX_ENTITY_CHARS + " characters",
          "مفتاح الاسم «entity» أطول من " + MAX_ENTITY_CHARS + " حرف.");
    }
    return v;
  }

  /** One of Khabar's topic keys, or none. */
  private static String topic(Params p) {
    String v = p.text("topic");
    if (!v.isEmpty() && Topic.fromKey(v).isEmpty()) {
      throw new BadParameter("topic", "'topic' must be one of " + Topic.keys() + ", got '" + Params.shorten(v) + "'",
          "الموضوع «topic» غير معروف.");
    }
    return v;
  }

  private static Sort sort(String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "", "relevance":
        return Sort.RELEVANCE;
      case "newest":
        return Sort.NEWEST;
      default:
        throw new BadParameter("sort", "'sort' must be 'relevance' or 'newest', got '" + Params.shorten(v) + "'",
            "قيمة الترتيب «sort» يجب أن تكون relevance أو newest.");
    }
  }
}
