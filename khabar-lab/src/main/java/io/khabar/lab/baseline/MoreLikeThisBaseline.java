package io.khabar.lab.baseline;

import io.khabar.store.lucene.LuceneStore;
import io.khabar.store.lucene.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's MoreLikeThis over title and text, with its usual settings (25 query terms, min doc freq
 * 2): the baseline every related-article figure is measured against. Not used by the product.
 */
public final class MoreLikeThisBaseline {
  private final LuceneStore store;
  private final Analyzer analyzer;

  public MoreLikeThisBaseline(LuceneStore store, Analyzer analyzer) {
    this.store = store;
    this.analyzer = analyzer;
  }

  /** The top-k ids MoreLikeThis returns for an article, itself excluded; empty if unknown. */
  public List<String> similar(String id, int k) throws IOException {
    return store.read(s -> {
      int doc = docOf(s, id);
      List<String> out = new ArrayList<>();
      if (doc < 0) {
        return out;
      }
      for (ScoreDoc sd : s.search(mlt(s).like(doc), k + 1).scoreDocs) {
        String other = s.storedFields().document(sd.doc, java.util.Set.of(Fields.ID)).get(Fields.ID);
        if (!other.equals(id) && out.size() < k) {
          out.add(other);
        }
      }
      return out;
    });
  }

  /**
   * A pair score in [0,1]: how b scores on the MoreLikeThis query of a, relative to a itself, averaged
   * over both directions. NaN if an id is unknown.
   */
  public double pairScore(String a, String b) throws IOException {
    return store.read(s -> {
      int da = docOf(s, a);
      int db = docOf(s, b);
      if (da < 0 || db < 0) {
        return Double.NaN;
      }
      return (relative(s, da, b, a) + relative(s, db, a, b)) / 2;
    });
  }

  private double relative(IndexSearcher s, int fromDoc, String other, String self) throws IOException {
    Query like = mlt(s).like(fromDoc);
    double selfScore = scoreOf(s, like, self);
    return selfScore <= 0 ? 0 : Math.min(1, scoreOf(s, like, other) / selfScore);
  }

  private static double scoreOf(IndexSearcher s, Query q, String id) throws IOException {
    Query only = new BooleanQuery.Builder().add(q, Occur.MUST).add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER).build();
    ScoreDoc[] hits = s.search(only, 1).scoreDocs;
    return hits.length == 0 ? 0 : hits[0].score;
  }

  private MoreLikeThis mlt(IndexSearcher s) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {Fields.TITLE, Fields.TEXT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    return mlt;
  }

  private static int docOf(IndexSearcher s, String id) throws IOException {
    ScoreDoc[] hits = s.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs;
    return hits.length == 0 ? -1 : hits[0].doc;
  }
}
