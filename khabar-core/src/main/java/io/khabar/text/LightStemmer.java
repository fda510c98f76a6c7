package io.khabar.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's Arabic light stemmer (Larkey's light10), reached through its public {@link ArabicStemFilter} over a
 * one-word stream: the stemmer class itself is package-private from Lucene 10 on, so Khabar neither subclasses
 * nor names it.
 *
 * <p>The prefix and suffix steps are had apart by hiding one end of the word behind a private-use character that
 * no rule matches, for the length of one call: light10's rules look at one end of the word and at its length
 * only, and the length is kept, so each step is exactly Lucene's. Not thread-safe (one per analysis chain).
 */
final class LightStemmer {
  /** A private-use character: no light10 prefix starts with it and no suffix ends with it. */
  private static final char HIDDEN = '\uE0A0';

  private final OneWord word = new OneWord();
  private final TokenStream stemmed = new ArabicStemFilter(word);
  private final CharTermAttribute term = stemmed.getAttribute(CharTermAttribute.class);

  /** Light10's prefix step alone ("ال", "وال", "بال", "كال", "فال", "لل", "و"). */
  int stemPrefix(char[] s, int len) {
    if (len == 0) {
      return 0;
    }
    char last = s[len - 1];
    s[len - 1] = HIDDEN;
    int out = stem(s, len);
    s[out - 1] = last; // the prefix step never reaches the last character: it is where it was, at the end
    return out;
  }

  /** Light10's suffix step alone ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"). */
  int stemSuffix(char[] s, int len) {
    if (len == 0) {
      return 0;
    }
    char first = s[0];
    s[0] = HIDDEN;
    int out = stem(s, len);
    s[0] = first;
    return out;
  }

  /** Both steps through Lucene's filter; {@code s[0..result)} is the stem. */
  private int stem(char[] s, int len) {
    try {
      word.set(s, len);
      stemmed.reset();
      stemmed.incrementToken();
      int out = term.length();
      System.arraycopy(term.buffer(), 0, s, 0, out);
      stemmed.end();
      stemmed.close();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("a one-word stream does no I/O", e);
    }
  }

  /** A stream of exactly one token, set before each use. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] chars = new char[0];
    private int length;
    private boolean done;

    void set(char[] s, int len) {
      chars = s;
      length = len;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(chars, 0, length);
      done = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }
  }
}
