package io.khabar.store.lucene;

import io.khabar.search.SearchHit;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchEngine;
import io.khabar.search.SearchQuery;
import io.khabar.search.Snippet;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Arabic search over title (boosted) and text with BM25. The query language is Lucene's simple
 * one ({@code "phrase"}, {@code -word}, {@code a | b}): it never throws on what a user types. Which
 * reading of the words (all or any) is {@link io.khabar.search.SearchPolicy}'s choice.
 */
final class LuceneSearch {
  private static final Map<String, Float> FIELDS = Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f);
  private static final char HIT_START = '\uE000';
  private static final char HIT_END = '\uE001';

  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  LuceneSearch(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  SearchPage page(SearchQuery q, SearchEngine.Words mode) throws IOException {
    Query words = words(q.text(), occur(mode));
    if (words == null) {
      return new SearchPage(q, 0, List.of());
    }
    Query query = filtered(words, q);
    long total = searcher.count(query);
    Sort sort = q.sort() == SearchQuery.Sort.NEWEST || q.text().isEmpty() ? LuceneStore.newestFirst() : Sort.RELEVANCE;
    TopDocs top = searcher.search(query, q.offset() + q.limit(), sort, true);
    return new SearchPage(q, total, hits(top, query, q.offset()));
  }

  private static Occur occur(SearchEngine.Words mode) {
    return mode == SearchEngine.Words.ALL ? Occur.MUST : Occur.SHOULD;
  }

  /** Matches per UTC day, counted from the date doc values. */
  java.util.SortedMap<LocalDate, Long> countByDay(SearchQuery q, SearchEngine.Words mode) throws IOException {
    java.util.SortedMap<LocalDate, Long> days = new java.util.TreeMap<>();
    Query words = words(q.text(), occur(mode));
    if (words == null) {
      return days;
    }
    searcher.search(filtered(words, q), new DayCounter(days));
    return days;
  }

  /** Counts matching documents by the UTC day of {@link Fields#PUBLISHED_MS}. */
  private static final class DayCounter extends org.apache.lucene.search.SimpleCollector {
    private final java.util.SortedMap<LocalDate, Long> days;
    private org.apache.lucene.index.NumericDocValues published;

    DayCounter(java.util.SortedMap<LocalDate, Long> days) {
      this.days = days;
    }

    @Override
    protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) throws IOException {
      published = org.apache.lucene.index.DocValues.getNumeric(context.reader(), Fields.PUBLISHED_MS);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (published.advanceExact(doc)) {
        LocalDate day = java.time.Instant.ofEpochMilli(published.longValue()).atZone(ZoneOffset.UTC).toLocalDate();
        days.merge(day, 1L, Long::sum);
      }
    }

    @Override
    public org.apache.lucene.search.ScoreMode scoreMode() {
      return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Null when the text has no searchable word (only stopwords or punctuation). */
  private Query words(String text, Occur operator) {
    if (text.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS);
    parser.setDefaultOperator(operator);
    return parser.parse(text);
  }

  static Query filtered(Query words, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.MUST);
    if (q.source() != null) {
      b.add(new TermQuery(new Term(Fields.SOURCE, q.source())), Occur.FILTER);
    }
    if (q.entity() != null) {
      b.add(new TermQuery(new Term(Fields.ENTITY, q.entity())), Occur.FILTER);
    }
    if (q.topic() != null) {
      b.add(new TermQuery(new Term(Fields.TOPIC, q.topic())), Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : startOf(q.from());
      long to = q.to() == null ? Long.MAX_VALUE : startOf(q.to().plusDays(1)) - 1;
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED_MS, from, to), Occur.FILTER);
    }
    return b.build();
  }

  private static long startOf(LocalDate d) {
    return d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private List<SearchHit> hits(TopDocs top, Query query, int offset) throws IOException {
    ScoreDoc[] all = top.scoreDocs;
    if (offset >= all.length) {
      return List.of();
    }
    int[] docs = new int[all.length - offset];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = all[offset + i].doc;
    }
    Map<String, String[]> marked = highlighter().highlightFields(
        new String[] {Fields.TITLE, Fields.TEXT}, query, docs, new int[] {1, 2});
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = searcher.storedFields().document(docs[i]);
      String published = d.get(Fields.PUBLISHED);
      hits.add(new SearchHit(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.SOURCE),
          published == null ? null : OffsetDateTime.parse(published), scoreOf(all[offset + i]),
          snippet(marked.get(Fields.TITLE)[i], d.get(Fields.TITLE)), snippet(marked.get(Fields.TEXT)[i], "")));
    }
    return hits;
  }

  private static float scoreOf(ScoreDoc sd) {
    return Float.isNaN(sd.score) ? 0f : sd.score;
  }

  private UnifiedHighlighter highlighter() {
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkerFormatter())
        .withMaxNoHighlightPassages(1)
        .withMaxLength(100_000);
    return new UnifiedHighlighter(b) {
      @Override
      protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.ANALYSIS; // no offsets are indexed, and term vectors hold no positions
      }
    };
  }

  /** Turns the highlighter's marked string into segments. */
  static Snippet snippet(String marked, String fallback) {
    if (marked == null) {
      return Snippet.plain(fallback);
    }
    List<Snippet.Segment> segments = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == HIT_START || c == HIT_END) {
        if (cur.length() > 0) {
          segments.add(new Snippet.Segment(cur.toString(), c == HIT_END));
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      segments.add(new Snippet.Segment(cur.toString(), false));
    }
    return new Snippet(segments);
  }

  /** Writes passages with private-use markers around hits (stripped from the content first). */
  static final class MarkerFormatter extends org.apache.lucene.search.uhighlight.PassageFormatter {
    @Override
    public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
      StringBuilder b = new StringBuilder();
      int pos = 0;
      for (var p : passages) {
        if (p.getStartOffset() > pos && b.length() > 0) {
          b.append(" … ");
        }
        pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = p.getMatchEnds()[i];
          if (start < pos) {
            continue; // overlapping match
          }
          b.append(clean(content, pos, start)).append(HIT_START).append(clean(content, start, end)).append(HIT_END);
          pos = end;
        }
        b.append(clean(content, pos, p.getEndOffset()));
        pos = p.getEndOffset();
      }
      return b.toString();
    }

    private static String clean(String content, int from, int to) {
      return content.substring(from, to).replace(HIT_START, ' ').replace(HIT_END, ' ').replace('\n', ' ');
    }
  }
}
