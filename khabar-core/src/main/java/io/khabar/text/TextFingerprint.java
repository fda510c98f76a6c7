package io.khabar.text;

import io.khabar.Article;

/**
 * A signature of a text that survives what copying a wire story usually changes: diacritics,
 * tatweel, letter variants, punctuation, spacing. Two texts with one fingerprint are one text.
 */
public final class TextFingerprint {
  private TextFingerprint() {}

  public static String of(String text) {
    StringBuilder words = new StringBuilder(text.length());
    for (String w : text.split("[^\\p{L}\\p{Nd}]+")) {
      if (!w.isEmpty()) {
        words.append(KhabarAnalyzer.normalizeWord(w)).append(' ');
      }
    }
    return Article.sha256(words.toString()).substring(0, 32);
  }
}
