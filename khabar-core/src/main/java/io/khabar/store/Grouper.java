package io.khabar.store;

import io.khabar.Article;
import java.io.IOException;

/** Decides where a new or changed article belongs, just before it is stored. */
@FunctionalInterface
public interface Grouper {
  Grouping group(Article article) throws IOException;

  /** No grouping: every article alone (duplicates and stories off). */
  Grouper NONE = a -> Grouping.alone(a.id());
}
