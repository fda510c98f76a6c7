package io.khabar.store.lucene;

import io.khabar.Article;
import io.khabar.text.TextFingerprint;
import java.time.OffsetDateTime;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/** Converts articles to Lucene documents and back. */
final class ArticleDocuments {
  private ArticleDocuments() {}

  static Document toDocument(Article a, String hash) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ID, new BytesRef(a.id())));
    d.add(new StoredField(Fields.URL, a.url()));
    d.add(new StringField(Fields.SOURCE, a.source(), Field.Store.YES));
    d.add(new Field(Fields.TITLE, a.title(), Fields.ANALYZED));
    d.add(new Field(Fields.TEXT, a.text(), Fields.ANALYZED));
    if (a.published() != null) {
      long ms = a.published().toInstant().toEpochMilli();
      d.add(new LongPoint(Fields.PUBLISHED_MS, ms));
      d.add(new NumericDocValuesField(Fields.PUBLISHED_MS, ms));
      d.add(new StoredField(Fields.PUBLISHED, a.published().toString()));
    }
    d.add(new StoredField(Fields.AUTHOR, a.author()));
    d.add(new StringField(Fields.CATEGORY, a.category(), Field.Store.YES));
    d.add(new StringField(Fields.HASH, hash, Field.Store.YES));
    String fingerprint = TextFingerprint.of(a.text());
    d.add(new StringField(Fields.FINGERPRINT, fingerprint, Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.FINGERPRINT, new BytesRef(fingerprint)));
    return d;
  }

  static Article toArticle(Document d) {
    String published = d.get(Fields.PUBLISHED);
    return new Article(d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.SOURCE), d.get(Fields.TITLE),
        d.get(Fields.TEXT), published == null ? null : OffsetDateTime.parse(published), d.get(Fields.AUTHOR),
        d.get(Fields.CATEGORY));
  }
}
