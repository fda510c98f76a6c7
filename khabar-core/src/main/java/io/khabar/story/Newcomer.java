package io.khabar.story;

import io.khabar.relate.TermVector;
import io.khabar.model.ArticleTerms;

/**
 * An article being grouped, or recently grouped and not yet visible to store searches: what story
 * grouping compares. {@code story} is set once decided.
 */
final class Newcomer {
  final ArticleTerms terms;
  final TermVector vector;
  String story;

  /** Keeps of the terms only what grouping reads again (title words, date, entities): the vector has the rest. */
  Newcomer(ArticleTerms terms, TermVector vector) {
    this.terms = new ArticleTerms(terms.id(), terms.title(), java.util.Map.of(), terms.publishedMillis(),
        terms.textFingerprint(), terms.story(), terms.dupGroup(), terms.entities());
    this.vector = vector;
  }

  String id() {
    return terms.id();
  }
}
