package io.khabar.store.lucene;

import io.khabar.model.ArticleTerms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Reads articles' analyzed terms from the term vectors stored at indexing time. */
final class TermVectors {
  private TermVectors() {}

  static List<ArticleTerms> read(IndexReader reader, List<String> ids) throws IOException {
    List<ArticleTerms> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      ArticleTerms t = read(reader, id);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private static ArticleTerms read(IndexReader reader, String id) throws IOException {
    Ids.DocRef ref = Ids.find(reader, id);
    return ref == null ? null : read(ref.leaf(), ref.doc(), id);
  }

  private static ArticleTerms read(LeafReader leaf, int doc, String id) throws IOException {
    org.apache.lucene.index.Fields vectors = leaf.termVectors().get(doc);
    long published = ArticleTerms.NO_DATE;
    NumericDocValues dates = leaf.getNumericDocValues(Fields.PUBLISHED_MS);
    if (dates != null && dates.advanceExact(doc)) {
      published = dates.longValue();
    }
    String fingerprint = keyword(leaf, Fields.FINGERPRINT, doc);
    return new ArticleTerms(id, frequencies(vectors, Fields.TITLE), frequencies(vectors, Fields.TEXT), published,
        fingerprint == null ? "" : fingerprint, keyword(leaf, Fields.STORY, doc), keyword(leaf, Fields.DUP_GROUP, doc),
        keywords(leaf, Fields.ENTITY_KEYS, doc));
  }

  /** A multi-valued keyword's values from doc values; empty when the document has none. */
  private static Set<String> keywords(LeafReader leaf, String field, int doc) throws IOException {
    SortedSetDocValues values = leaf.getSortedSetDocValues(field);
    if (values == null || !values.advanceExact(doc)) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < values.docValueCount(); i++) {
      out.add(values.lookupOrd(values.nextOrd()).utf8ToString());
    }
    return out;
  }

  /** A keyword's value from doc values; null when the document has none. */
  static String keyword(LeafReader leaf, String field, int doc) throws IOException {
    SortedDocValues values = leaf.getSortedDocValues(field);
    return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }

  private static Map<String, Integer> frequencies(org.apache.lucene.index.Fields vectors, String field) throws IOException {
    Map<String, Integer> tf = new HashMap<>();
    Terms terms = vectors == null ? null : vectors.terms(field);
    if (terms == null) {
      return tf;
    }
    TermsEnum te = terms.iterator();
    for (BytesRef t; (t = te.next()) != null; ) {
      tf.put(t.utf8ToString(), (int) te.totalTermFreq());
    }
    return tf;
  }
}
