package io.khabar.store.lucene;

import io.khabar.store.CandidateQuery;
import io.khabar.store.CandidateQuery.WeightedTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** The candidate stage of related articles, as a weighted OR query. */
final class LuceneCandidates {
  /**
   * Equal scores are ordered by article id, not by Lucene's doc number, which background merges
   * reshuffle: which candidates make the cut, and so grouping, must not depend on merge timing
   * (docs/durability.md).
   */
  static final org.apache.lucene.search.Sort BEST_THEN_ID = new org.apache.lucene.search.Sort(
      org.apache.lucene.search.SortField.FIELD_SCORE, new org.apache.lucene.search.SortField(Fields.ID,
          org.apache.lucene.search.SortField.Type.STRING));

  private LuceneCandidates() {}

  static List<String> find(IndexSearcher s, CandidateQuery q) throws IOException {
    if (q.terms().isEmpty()) {
      return List.of();
    }
    Query terms = termsQuery(q);
    Set<String> ids = new LinkedHashSet<>();
    if (q.aroundMillis() != Long.MIN_VALUE && q.window() != null) {
      long w = q.window().toMillis();
      Query recent = new BooleanQuery.Builder()
          .add(terms, Occur.MUST)
          .add(LongPoint.newRangeQuery(Fields.PUBLISHED_MS, q.aroundMillis() - w, q.aroundMillis() + w), Occur.FILTER)
          .build();
      collect(s, recent, q.limit(), ids);
    }
    boolean windowed = q.aroundMillis() != Long.MIN_VALUE && q.window() != null;
    if (!(windowed && q.windowOnly())) {
      collect(s, terms, ids.isEmpty() ? q.limit() : q.limit() / 4, ids);
    }
    return new ArrayList<>(ids);
  }

  private static Query termsQuery(CandidateQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (WeightedTerm t : q.terms()) {
      String field = t.field() == CandidateQuery.Field.TITLE ? Fields.TITLE : Fields.TEXT;
      b.add(new BoostQuery(new TermQuery(new Term(field, t.term())), t.weight()), Occur.SHOULD);
    }
    for (String id : q.excludeIds()) {
      b.add(new TermQuery(new Term(Fields.ID, id)), Occur.MUST_NOT);
    }
    return b.build();
  }

  private static void collect(IndexSearcher s, Query q, int n, Set<String> ids) throws IOException {
    if (n <= 0) {
      return;
    }
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (ScoreDoc sd : s.search(q, n, BEST_THEN_ID).scoreDocs) {
      // Ids come from doc values: reading stored fields would decompress whole article texts.
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      SortedDocValues values = leaf.reader().getSortedDocValues(Fields.ID);
      if (values != null && values.advanceExact(sd.doc - leaf.docBase)) {
        ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
      }
    }
  }
}
