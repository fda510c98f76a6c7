package io.khabar.solr;

import static io.khabar.solr.SolrFields.*;

import io.khabar.search.SearchHit;
import io.khabar.search.SearchEngine;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import io.khabar.search.Snippet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Search as the embedded store does it: Lucene's simple query language ({@code "phrase"}, {@code -word})
 * over title (boost 2) and text, analyzed by the same chain, with all words or any word as
 * {@link io.khabar.search.SearchPolicy} asks; source and date filters; the unified highlighter marks the hits.
 */
final class SolrSearch {
  private static final char HIT_START = '\uE000';
  private static final char HIT_END = '\uE001';

  private SolrSearch() {}

  interface Runner {
    QueryResponse query(SolrQuery q) throws java.io.IOException;
  }

  static SearchPage page(Runner solr, SearchQuery q, SearchEngine.Words words) throws java.io.IOException {
    QueryResponse rsp = solr.query(withPage(query(q, words == SearchEngine.Words.ALL ? "AND" : "OR"), q));
    return new SearchPage(q, rsp.getResults().getNumFound(), hits(rsp));
  }

  private static SolrQuery query(SearchQuery q, String operator) {
    SolrQuery s = new SolrQuery();
    if (q.text().isEmpty()) {
      s.setQuery("*:*");
    } else {
      s.setQuery(q.text());
      s.set("defType", "simple");
      s.set("qf", TITLE + "^2 " + TEXT);
      s.set("q.op", operator);
    }
    if (q.source() != null) {
      s.addFilterQuery("{!term f=" + SOURCE + "}" + q.source());
    }
    if (q.entity() != null) {
      s.addFilterQuery("{!term f=" + SolrFields.ENTITY_KEY + "}" + q.entity());
    }
    if (q.topic() != null) {
      s.addFilterQuery("{!term f=" + SolrFields.TOPIC + "}" + q.topic());
    }
    if (q.from() != null || q.to() != null) {
      String from = q.from() == null ? "*" : Long.toString(startOf(q.from()));
      String to = q.to() == null ? "*" : Long.toString(startOf(q.to().plusDays(1)) - 1);
      s.addFilterQuery(PUBLISHED_MS + ":[" + from + " TO " + to + "]");
    }
    return s;
  }

  private static SolrQuery withPage(SolrQuery s, SearchQuery q) {
    SolrQuery page = s.getCopy();
    page.setStart(q.offset()).setRows(q.limit());
    page.setFields(ID, TITLE, SOURCE, PUBLISHED, "score");
    boolean newest = q.sort() == SearchQuery.Sort.NEWEST || q.text().isEmpty();
    page.set("sort", newest ? PUBLISHED_MS + " desc," + ID + " asc" : "score desc," + ID + " asc");
    page.setHighlight(true);
    page.set("hl.method", "unified");
    page.set("hl.fl", TITLE + "," + TEXT);
    page.set("hl.offsetSource", "ANALYSIS");
    page.set("hl.tag.pre", String.valueOf(HIT_START));
    page.set("hl.tag.post", String.valueOf(HIT_END));
    page.set("hl.tag.ellipsis", " … ");
    page.set("hl.fragsize", 0); // whole sentences, as the embedded highlighter gives them
    page.set("hl.defaultSummary", true);
    page.set("hl.maxAnalyzedChars", 100_000);
    page.set("f." + TITLE + ".hl.snippets", 1);
    page.set("f." + TEXT + ".hl.snippets", 2);
    return page;
  }

  private static long startOf(LocalDate d) {
    return d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static List<SearchHit> hits(QueryResponse rsp) {
    Map<String, Map<String, List<String>>> marked = rsp.getHighlighting();
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument d : rsp.getResults()) {
      String id = SolrDocuments.str(d, ID);
      Map<String, List<String>> h = marked == null ? Map.of() : marked.getOrDefault(id, Map.of());
      String title = SolrDocuments.str(d, TITLE);
      Object score = d.getFieldValue("score");
      hits.add(new SearchHit(id, title, SolrDocuments.str(d, SOURCE), SolrDocuments.date(d),
          score instanceof Number n && !Float.isNaN(n.floatValue()) ? n.floatValue() : 0f,
          snippet(first(h.get(TITLE)), title == null ? "" : title), snippet(joined(h.get(TEXT)), "")));
    }
    return hits;
  }

  private static String first(List<String> l) {
    return l == null || l.isEmpty() ? null : l.get(0);
  }

  private static String joined(List<String> l) {
    return l == null || l.isEmpty() ? null : String.join(" … ", l);
  }

  /** Turns the highlighter's marked string into segments. */
  static Snippet snippet(String marked, String fallback) {
    if (marked == null) {
      return Snippet.plain(fallback);
    }
    List<Snippet.Segment> segments = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean hit = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == HIT_START || c == HIT_END) {
        if (cur.length() > 0) {
          segments.add(new Snippet.Segment(cur.toString(), hit));
          cur.setLength(0);
        }
        hit = c == HIT_START;
      } else {
        cur.append(c == '\n' ? ' ' : c);
      }
    }
    if (cur.length() > 0) {
      segments.add(new Snippet.Segment(cur.toString(), false));
    }
    return new Snippet(segments);
  }
}
