package io.khabar.text;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Applies {@link KhabarStemmer} to every token not marked as a keyword, remembering the stems of the words it
 * met last.
 *
 * <p>Why the memory: a word's stem depends on the word alone, and a news text repeats its words (في, the names it
 * is about), while light10 is reached through a one-word token stream twice a word (prefix and suffix step). In a
 * profile of an import, stemming was about a tenth of the importing thread. A filter lives in one thread's
 * analysis chain, reused for its every field and text, so its memory carries from article to article.
 */
public final class KhabarStemFilter extends TokenFilter {
  /**
   * Words remembered before the memory starts over: some 1.5 MB. A day of ANT uses 9,241 distinct words (median
   * of its 331 days; the busiest 13,525), so the memory holds two days or more.
   */
  static final int REMEMBERED = 30_000;

  private final KhabarStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final StemMemory stems = new StemMemory(REMEMBERED);

  public KhabarStemFilter(TokenStream input, KhabarStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      int length = term.length();
      char[] entry = stems.find(term.buffer(), length);
      if (entry == null) {
        entry = stemAndRemember(term.buffer(), length);
      }
      term.copyBuffer(entry, 1 + length, entry.length - 1 - length);
    }
    return true;
  }

  /** Stems the word in {@code buffer} (a copy: the stemmer works in place) and remembers its stem. */
  private char[] stemAndRemember(char[] buffer, int length) {
    char[] stem = Arrays.copyOf(buffer, length);
    return stems.add(buffer, length, stem, stemmer.stem(stem, length));
  }
}
