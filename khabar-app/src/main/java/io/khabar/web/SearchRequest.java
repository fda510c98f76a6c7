package io.khabar.web;

import io.khabar.search.SearchQuery;
import io.khabar.search.SearchQuery.Sort;
import java.time.LocalDate;
import java.util.Locale;

/** A search as asked for over HTTP: the core query plus the page numbering the site shows. */
public record SearchRequest(SearchQuery query, int page, int size) {

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
    SearchQuery query = new SearchQuery(q, p.text("source"), from, to, sort, (page - 1) * size, size);
    return new SearchRequest(query, page, size);
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
