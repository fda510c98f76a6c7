package io.khabar.text;

import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Lucene's Arabic light stemmer (Larkey's light10), its prefix and suffix steps called apart.
 *
 * <p>Why called directly: this class reached the stemmer through Lucene's public {@code ArabicStemFilter} over
 * a one-word stream, hiding one end of the word to have each step alone, because Lucene 10 makes
 * {@code ArabicStemmer} package-private. Resetting and closing that stream at every word cost as much as the
 * stemming: in a profile of an import, a word's stem (met when the filter's memory does not hold it) was a
 * twentieth of the CPU, half of it in the stream. Khabar is on Lucene 9, where the class is public; this is the
 * one place that names it, and moving to Lucene 10 means copying its two loops here (Apache License 2.0).
 * Not thread-safe, as Lucene's stemmer is not documented to be: one per analysis chain.
 */
final class LightStemmer {
  private final ArabicStemmer light10 = new ArabicStemmer();

  /** Light10's prefix step alone ("ال", "وال", "بال", "كال", "فال", "لل", "و"); returns the new length. */
  int stemPrefix(char[] s, int len) {
    return light10.stemPrefix(s, len);
  }

  /** Light10's suffix step alone ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"); returns the new length. */
  int stemSuffix(char[] s, int len) {
    return light10.stemSuffix(s, len);
  }
}
