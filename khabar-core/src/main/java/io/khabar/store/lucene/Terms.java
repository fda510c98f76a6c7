package io.khabar.store.lucene;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Lists the distinct values of a small keyword field (e.g. outlets). */
final class Terms {
  private Terms() {}

  static List<String> all(IndexReader reader, String field) throws IOException {
    TreeSet<String> values = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef t; (t = te.next()) != null; ) {
        values.add(t.utf8ToString());
      }
    }
    return List.copyOf(values);
  }
}
