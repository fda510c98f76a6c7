package io.khabar.text;

import io.khabar.Article;

/**
 * A signature of a text that survives what copying a wire story usually changes: diacritics,
 * tatweel, letter variants, digit forms, punctuation, spacing. Two texts with one fingerprint are one
 * text.
 */
public final class TextFingerprint {
  private TextFingerprint() {}

  public static String of(String text) {
    StringBuilder words = new StringBuilder(text.length());
    // Marks (diacritics) stay inside words here; normalizeWord removes them.
    for (String w : text.split("[^\\p{L}\\p{M}\\p{Nd}]+")) {
      if (!w.isEmpty()) {
        words.append(asciiDigits(KhabarAnalyzer.normalizeWord(w))).append(' ');
      }
    }
    return Article.sha256(words.toString()).substring(0, 32);
  }

  private static String asciiDigits(String w) {
    StringBuilder b = null;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c > '9' && Character.isDigit(c)) {
        if (b == null) {
          b = new StringBuilder(w);
        }
        b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return b == null ? w : b.toString();
  }
}
