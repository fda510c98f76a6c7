package io.khabar.text;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
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
   * Words remembered before the memory starts over. Small on purpose: a memory of a day's words (30,000) was
   * measured slower, its lookups 7% of an import's CPU samples. Whole-ANT import, one JVM, the sizes alternating
   * over 8 warm rounds: 1.29 ms of CPU an article with 4,000 words, 1.39 with 30,000, 1.32 with 1,000. That a
   * small table stays in the processor's cache is the likely reason, not a measured one.
   */
  static final int REMEMBERED = 4_000;

  private final KhabarStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

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
      char[] stem = stems.get(term.buffer(), 0, term.length());
      if (stem == null) {
        stem = stemAndRemember(term.buffer(), term.length());
      }
      term.copyBuffer(stem, 0, stem.length);
    }
    return true;
  }

  /** Stems the word in {@code buffer} (in place, as the stemmer does) and remembers its stem. */
  private char[] stemAndRemember(char[] buffer, int length) {
    char[] word = Arrays.copyOf(buffer, length);
    char[] stem = Arrays.copyOf(buffer, stemmer.stem(buffer, length));
    if (stems.size() >= REMEMBERED) {
      stems.clear();
    }
    stems.put(word, stem);
    return stem;
  }
}
