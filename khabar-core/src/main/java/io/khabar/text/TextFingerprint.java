package io.khabar.text;

import io.khabar.Article;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * A signature of a text that survives what copying a wire story usually changes: diacritics,
 * tatweel, letter variants, digit forms, punctuation, spacing. Two texts with one fingerprint are one
 * text. One pass over the characters: it runs on every imported article.
 */
public final class TextFingerprint {
  private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

  private TextFingerprint() {}

  public static String of(String text) {
    StringBuilder words = new StringBuilder(text.length());
    char[] word = new char[64];
    int len = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (isWordChar(c)) {
        if (len == word.length) {
          word = java.util.Arrays.copyOf(word, len * 2);
        }
        word[len++] = c;
      } else if (len > 0) {
        appendNormalized(words, word, len);
        len = 0;
      }
    }
    return Article.sha256(words.toString()).substring(0, 32);
  }

  /** Letters, marks (diacritics stay inside a word until normalized away) and digits. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static void appendNormalized(StringBuilder out, char[] word, int len) {
    for (int i = 0; i < len; i++) {
      word[i] = Character.toLowerCase(word[i]);
      if (word[i] > '9' && Character.isDigit(word[i])) {
        word[i] = (char) ('0' + Character.digit(word[i], 10));
      }
    }
    len = NORMALIZER.normalize(word, len);
    len = ArabicOrthographyFilter.fold(word, len);
    out.append(word, 0, len).append(' ');
  }
}
