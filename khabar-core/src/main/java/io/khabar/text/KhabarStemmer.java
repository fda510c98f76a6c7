package io.khabar.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicStemmer;

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
 */
public final class KhabarStemmer extends ArabicStemmer {
  private final CharArraySet rootWaw;
  private final CharArraySet protectedStems;

  public KhabarStemmer(CharArraySet rootWaw, CharArraySet protectedStems) {
    this.rootWaw = rootWaw;
    this.protectedStems = protectedStems;
  }

  @Override
  public int stem(char[] s, int len) {
    len = stemPrefix(s, len);
    if (protectedStems.contains(s, 0, len)) {
      return len;
    }
    return stemSuffix(s, len);
  }

  @Override
  public int stemPrefix(char[] s, int len) {
    if (len > 0 && s[0] == WAW && rootWaw.contains(s, 0, len)) {
      return len;
    }
    return super.stemPrefix(s, len);
  }
}
