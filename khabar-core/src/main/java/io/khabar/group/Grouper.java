package io.khabar.group;

import io.khabar.model.Article;
import io.khabar.model.Grouping;
import java.io.IOException;

/** Decides where a new or changed article belongs, just before it is stored. */
@FunctionalInterface
public interface Grouper {
  Grouping group(Article article) throws IOException;

  /**
   * Called right after each commit of the store. A grouper that keeps state between articles must
   * drop whatever the store cannot give back after a restart, so that an import resumed from this
   * commit groups the rest exactly as an uninterrupted one would (see docs/durability.md).
   */
  default void committed() {}

  /**
   * May be called ahead of {@link #group}, on another thread, with the article about to be grouped: work that
   * depends on the article alone can be done there, on another core. Grouping gives the same answer without it.
   */
  default void prepare(Article article) {}

  /** No grouping: every article alone (duplicates and stories off). */
  Grouper NONE = a -> Grouping.alone(a.id());
}
