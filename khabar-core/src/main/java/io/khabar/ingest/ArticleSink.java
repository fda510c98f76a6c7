package io.khabar.ingest;

import io.khabar.model.Article;

/** Receives what a reader finds: articles, and the records it had to skip (with where and why). */
public interface ArticleSink {
  /** @param origin where the article came from, e.g. {@code ant.tar.gz!ant/BBC/x.txt} or {@code a.jsonl:12} */
  void accept(Article article, String origin);

  void skip(String origin, String reason);

  /**
   * A whole input (a file, or a folder's file) could not be read, or not to its end: missing, not the
   * archive its name says, truncated, unreadable. What was read of it before stays imported.
   */
  default void unreadable(String file, String reason) {
    skip(file, reason);
  }
}
