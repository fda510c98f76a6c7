package io.khabar.text;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Lucene's light stemmer (Larkey's light10) with two faults fixed:
 * <ul>
 *   <li>it strips a leading waw even when the waw is part of the word (وثيقة → ثيق, وزير → زير,
 *       واشنطن → اشنطن). Words whose waw belongs to the root are listed in {@code rootWaw},
 *       a list derived from corpus counts (see {@code LexiconBuilder}).</li>
 *   <li>it cuts "suffixes" off proper names (لبنان → لبن, البحرين → بحر, بوتين → بوت). Names in
 *       {@code protectedStems} keep their ending once the article prefix is gone.</li>
 * </ul>
 * Input must already be normalized (see {@link KhabarAnalyzer}).
 *
 * <p>Lucene's stemmer is wrapped ({@link LightStemmer}), not subclassed: Lucene 10 makes the stemmer class
 * package-private, and the wrapper is the one place to change then.
 */
public final class KhabarStemmer {
  private static final char WAW = '\u0648';

  private final LightStemmer light10 = new LightStemmer();
  private final CharArraySet rootWaw;
  private final CharArraySet protectedStems;

  public KhabarStemmer(CharArraySet rootWaw, CharArraySet protectedStems) {
    this.rootWaw = rootWaw;
    this.protectedStems = protectedStems;
  }

  /** Stems {@code s[0..len)} in place and returns the new length. */
  public int stem(char[] s, int len) {
    len = stemPrefix(s, len);
    if (protectedStems.contains(s, 0, len)) {
      return len;
    }
    return stemSuffix(s, len);
  }

  /** Light10's prefix step, except on a listed root-waw word. */
  public int stemPrefix(char[] s, int len) {
    if (len > 0 && s[0] == WAW && rootWaw.contains(s, 0, len)) {
      return len;
    }
    return light10.stemPrefix(s, len);
  }

  /** Light10's suffix step. */
  public int stemSuffix(char[] s, int len) {
    return light10.stemSuffix(s, len);
  }
}
