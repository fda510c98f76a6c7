package io.khabar.solr;

/** The field names of the configset's schema.xml (kept beside it; see {@link #SCHEMA_VERSION}). */
final class SolrFields {
  private SolrFields() {}

  /** The schema's name in schema.xml: a collection with another name was made by another Khabar. */
  static final String SCHEMA_VERSION = "khabar-1";

  static final String ID = "id";
  static final String URL = "url";
  static final String SOURCE = "source";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_MS = "published_ms";
  static final String AUTHOR = "author";
  static final String CATEGORY = "category";
  static final String HASH = "hash";
  static final String FINGERPRINT = "fingerprint";
  static final String DUP_GROUP = "dup_group";
  static final String STORY = "story";
  static final String BAND = "band";
  static final String ENTITY_KEY = "entity_key";
  static final String ENTITY_TYPE = "entity_type";
  static final String ENTITY_NAME = "entity_name";
  static final String TOPIC = "topic";
  static final String TERMS_TITLE = "terms_title";
  static final String TERMS_TEXT = "terms_text";

  static final String HEADLINE_FIELDS = String.join(",", ID, TITLE, SOURCE, PUBLISHED, URL, STORY, DUP_GROUP);
  static final String TERMS_FIELDS = String.join(",", ID, PUBLISHED, FINGERPRINT, STORY, DUP_GROUP, TERMS_TITLE, TERMS_TEXT,
      ENTITY_KEY);
  static final String ARTICLE_FIELDS = String.join(",", ID, URL, SOURCE, TITLE, TEXT, PUBLISHED, AUTHOR, CATEGORY,
      ENTITY_KEY, ENTITY_TYPE, ENTITY_NAME, TOPIC);
}
