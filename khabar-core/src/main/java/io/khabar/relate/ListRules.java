package io.khabar.relate;

import java.util.HashSet;
import java.util.Set;

/**
 * The rules every related list obeys, whatever its scores: never the article itself, never two
 * copies of one text, never two near-identical titles.
 */
final class ListRules {
  private final RelatedConfig config;

  ListRules(RelatedConfig config) {
    this.config = config;
  }

  /** True when a and b should never both appear in one list: copies, or near-identical titles. */
  boolean sameItem(Scored a, Scored b) {
    return copies(a, b) || nearIdenticalTitles(a.terms().title().keySet(), b.terms().title().keySet());
  }

  /** True when b is a itself or a copy of its text (exact, or with small edits). */
  boolean copies(Scored a, Scored b) {
    if (a.terms().id().equals(b.terms().id())) {
      return true;
    }
    if (!a.terms().textFingerprint().isEmpty() && a.terms().textFingerprint().equals(b.terms().textFingerprint())) {
      return true;
    }
    return a.vector().cosine(b.vector()) >= config.copyCosine();
  }

  /** Titles that share most of their (stemmed, stopword-free) words say the same thing. */
  boolean nearIdenticalTitles(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    int union = a.size() + b.size() - shared.size();
    return shared.size() >= 2 && (double) shared.size() / union >= config.titleJaccard();
  }
}
