package io.khabar.model;

/** What storing an article did. */
public enum PutResult {
  /** The id was new. */
  ADDED,
  /** The id was known with other content, which this article replaced. */
  UPDATED,
  /** The id was known with exactly this content: nothing was written. */
  UNCHANGED
}
