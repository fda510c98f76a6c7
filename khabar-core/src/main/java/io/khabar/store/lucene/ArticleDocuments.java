package io.khabar.store.lucene;

import io.khabar.model.Article;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.model.Grouping;
import io.khabar.model.Headline;
import io.khabar.text.TextFingerprint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/** Converts articles to Lucene documents and back. */
final class ArticleDocuments {
  private ArticleDocuments() {}

  static Document toDocument(Article a, String hash, Grouping g) {
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
    keyword(d, Fields.DUP_GROUP, g.dupGroup());
    keyword(d, Fields.STORY, g.story());
    for (String key : g.bandKeys()) {
      d.add(new StringField(Fields.BAND, key, Field.Store.YES));
    }
    addEnrichment(d, a);
    return d;
  }

  private static void addEnrichment(Document d, Article a) {
    for (Entity e : a.entities()) {
      d.add(new StringField(Fields.ENTITY, e.key(), Field.Store.NO));
      d.add(new SortedSetDocValuesField(Fields.ENTITY_KEYS, new BytesRef(e.key())));
      d.add(new StoredField(Fields.ENTITY_STORED, e.key() + '\t' + e.type() + '\t' + e.name()));
    }
    keyword(d, Fields.TOPIC, a.topic());
  }

  /** The entities stored with a document, in order of first mention. */
  static List<Entity> entities(Document d) {
    List<Entity> out = new ArrayList<>();
    for (String s : d.getValues(Fields.ENTITY_STORED)) {
      String[] p = s.split("\t", 3);
      if (p.length == 3) {
        out.add(new Entity(p[0], EntityType.valueOf(p[1]), p[2]));
      }
    }
    return out;
  }

  /** A keyword that is searched, stored and read per document from doc values. */
  private static void keyword(Document d, String field, String value) {
    if (value != null && !value.isEmpty()) {
      d.add(new StringField(field, value, Field.Store.YES));
      d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
  }

  /** The grouping a stored document was written with. */
  static Grouping grouping(Document d) {
    return new Grouping(d.get(Fields.DUP_GROUP), d.get(Fields.STORY), java.util.List.of(d.getValues(Fields.BAND)));
  }

  static Headline toHeadline(Document d) {
    String published = d.get(Fields.PUBLISHED);
    return new Headline(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.SOURCE),
        published == null ? null : OffsetDateTime.parse(published), d.get(Fields.URL), d.get(Fields.STORY),
        d.get(Fields.DUP_GROUP));
  }

  static Article toArticle(Document d) {
    String published = d.get(Fields.PUBLISHED);
    return new Article(d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.SOURCE), d.get(Fields.TITLE),
        d.get(Fields.TEXT), published == null ? null : OffsetDateTime.parse(published), d.get(Fields.AUTHOR),
        d.get(Fields.CATEGORY)).withEnrichment(entities(d), d.get(Fields.TOPIC));
  }
}
