package io.khabar.enrich;

/** The four CoNLL/ANERcorp entity types. */
public enum EntityType {
  PERSON, LOCATION, ORGANIZATION, MISC
}
