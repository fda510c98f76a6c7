package io.khabar.solr;

import static io.khabar.solr.SolrFields.*;

import io.khabar.model.Article;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.model.ArticleTerms;
import io.khabar.model.Grouping;
import io.khabar.model.Headline;
import io.khabar.text.TextFingerprint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/** Converts articles to Solr documents and back: the same fields as the embedded index, plus enrichment. */
final class SolrDocuments {
  private SolrDocuments() {}

  static SolrInputDocument toDocument(Article a, String hash, Grouping g, Analyzer analyzer) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, a.id());
    d.setField(URL, a.url());
    d.setField(SOURCE, a.source());
    d.setField(TITLE, a.title());
    d.setField(TEXT, a.text());
    if (a.published() != null) {
      d.setField(PUBLISHED, a.published().toString());
      d.setField(PUBLISHED_MS, a.published().toInstant().toEpochMilli());
    }
    d.setField(AUTHOR, a.author());
    d.setField(CATEGORY, a.category());
    d.setField(HASH, hash);
    d.setField(FINGERPRINT, TextFingerprint.of(a.text()));
    setIfPresent(d, DUP_GROUP, g.dupGroup());
    setIfPresent(d, STORY, g.story());
    for (String key : g.bandKeys()) {
      d.addField(BAND, key);
    }
    for (Entity e : a.entities()) {
      d.addField(ENTITY_KEY, e.key());
      d.addField(ENTITY_TYPE, e.type().name());
      d.addField(ENTITY_NAME, e.name());
    }
    setIfPresent(d, TOPIC, a.topic());
    d.setField(TERMS_TITLE, TermCounts.encode(TermCounts.of(analyzer, TITLE, a.title())));
    d.setField(TERMS_TEXT, TermCounts.encode(TermCounts.of(analyzer, TEXT, a.text())));
    return d;
  }

  /** The same document with another story (null: none): what a story rebuild writes. */
  static SolrInputDocument withStory(SolrDocument stored, String story) {
    SolrInputDocument d = new SolrInputDocument();
    for (String name : stored.getFieldNames()) {
      if (!name.equals("_version_") && !name.equals(STORY)) {
        d.setField(name, stored.getFieldValue(name));
      }
    }
    if (stored.getFieldValue(PUBLISHED) != null) {
      d.setField(PUBLISHED_MS, date(stored).toInstant().toEpochMilli());
    }
    setIfPresent(d, STORY, story);
    return d;
  }

  private static void setIfPresent(SolrInputDocument d, String field, String value) {
    if (value != null && !value.isEmpty()) {
      d.setField(field, value);
    }
  }

  static Article toArticle(SolrDocument d) {
    return new Article(str(d, ID), str(d, URL), str(d, SOURCE), str(d, TITLE), str(d, TEXT), date(d),
        str(d, AUTHOR), str(d, CATEGORY), entities(d), str(d, TOPIC));
  }

  static Headline toHeadline(SolrDocument d) {
    return new Headline(str(d, ID), str(d, TITLE), str(d, SOURCE), date(d), str(d, URL), str(d, STORY),
        str(d, DUP_GROUP));
  }

  static ArticleTerms toTerms(SolrDocument d) {
    OffsetDateTime published = date(d);
    String fingerprint = str(d, FINGERPRINT);
    return new ArticleTerms(str(d, ID), TermCounts.decode(str(d, TERMS_TITLE)), TermCounts.decode(str(d, TERMS_TEXT)),
        published == null ? ArticleTerms.NO_DATE : published.toInstant().toEpochMilli(),
        fingerprint == null ? "" : fingerprint, str(d, STORY), str(d, DUP_GROUP),
        java.util.Set.copyOf(strings(d.getFieldValues(ENTITY_KEY))));
  }

  static String str(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  static OffsetDateTime date(SolrDocument d) {
    String published = str(d, PUBLISHED);
    return published == null ? null : OffsetDateTime.parse(published);
  }

  private static List<Entity> entities(SolrDocument d) {
    List<String> keys = strings(d.getFieldValues(ENTITY_KEY));
    List<String> types = strings(d.getFieldValues(ENTITY_TYPE));
    List<String> names = strings(d.getFieldValues(ENTITY_NAME));
    List<Entity> out = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size() && i < types.size() && i < names.size(); i++) {
      out.add(new Entity(keys.get(i), EntityType.valueOf(types.get(i)), names.get(i)));
    }
    return out;
  }

  private static List<String> strings(Collection<Object> values) {
    return values == null ? List.of() : values.stream().map(Object::toString).toList();
  }
}
