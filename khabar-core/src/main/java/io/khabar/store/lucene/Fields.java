package io.khabar.store.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** The embedded index's schema. */
public final class Fields {
  private Fields() {}

  public static final String ID = "id";
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_MS = "published_ms";
  public static final String AUTHOR = "author";
  public static final String CATEGORY = "category";
  /** Hash of every stored field: tells an unchanged re-import from an update. */
  public static final String HASH = "hash";
  /** {@link io.khabar.text.TextFingerprint} of the text: exact copies share it. */
  public static final String FINGERPRINT = "fingerprint";

  /** The article's story id (absent when it has none). */
  public static final String STORY = "story";
  /** The article's duplicate group. */
  public static final String DUP_GROUP = "dup_group";
  /** Near-duplicate band keys (see {@link io.khabar.dedup}). */
  public static final String BAND = "band";

  /** Keys of the entities an article mentions: one indexed, stored keyword each (filters, entity pages). */
  public static final String ENTITY = "entity";
  /** The same keys as doc values: what {@link io.khabar.model.ArticleTerms#entities()} reads, no stored field loaded. */
  public static final String ENTITY_KEYS = "entity_keys";
  /** Each entity whole ({@code key TAB type TAB name}), stored only, in order of first mention. */
  public static final String ENTITY_STORED = "entity_stored";
  /** The article's topic key (absent when it has none). */
  public static final String TOPIC = "topic";

  /**
   * Title and text: positions for phrases, term vectors (frequencies only) so that related-article
   * scoring reads an article's terms without analyzing it again. No offsets: the highlighter
   * re-analyzes the ten texts of a result page, cheaper than indexing offsets for every article.
   */
  static final FieldType ANALYZED = analyzed();

  private static FieldType analyzed() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.setStoreTermVectors(true);
    t.freeze();
    return t;
  }
}
