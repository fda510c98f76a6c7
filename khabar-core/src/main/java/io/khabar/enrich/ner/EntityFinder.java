package io.khabar.enrich.ner;

import io.khabar.model.Entity;

import java.util.List;

/** Finds the named entities of an article. Implementations must bound their time on very long texts. */
public interface EntityFinder {

  /** Entities of the title and text, each key once, in order of first mention. */
  List<Entity> find(String title, String text);
}
