package io.khabar.model;

/** The four CoNLL/ANERcorp entity types. */
public enum EntityType {
  PERSON, LOCATION, ORGANIZATION, MISC
}
