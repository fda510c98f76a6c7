package io.khabar.store.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Finds an article's live document by id with a direct terms lookup: no query, no scoring. */
final class Ids {
  private Ids() {}

  /** Where a live document is: its segment and its number there. */
  record DocRef(LeafReader leaf, int doc) {}

  static DocRef find(IndexReader reader, String id) throws IOException {
    BytesRef key = new BytesRef(id);
    for (LeafReaderContext ctx : reader.leaves()) {
      int doc = liveDoc(ctx.reader(), key);
      if (doc >= 0) {
        return new DocRef(ctx.reader(), doc);
      }
    }
    return null;
  }

  private static int liveDoc(LeafReader leaf, BytesRef id) throws IOException {
    Terms ids = leaf.terms(Fields.ID);
    if (ids == null) {
      return -1;
    }
    TermsEnum te = ids.iterator();
    if (!te.seekExact(id)) {
      return -1;
    }
    Bits live = leaf.getLiveDocs();
    PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
    for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
      if (live == null || live.get(d)) {
        return d;
      }
    }
    return -1;
  }
}
