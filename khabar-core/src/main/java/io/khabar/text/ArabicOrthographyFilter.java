package io.khabar.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the spelling variants that Lucene's {@code ArabicNormalizationFilter} leaves apart:
 * alef wasla, Persian/Urdu yeh, kaf and heh forms, the superscript alef, and hamza carried by
 * waw or yeh (مسؤول/مسئول, typed as مسوول/مسيول by many users). A lone hamza is dropped, so
 * that a query typed without hamza finds the same words.
 */
public final class ArabicOrthographyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicOrthographyFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(fold(term.buffer(), term.length()));
    return true;
  }

  /** Folds {@code s[0..len)} in place and returns the new length. */
  static int fold(char[] s, int len) {
    int first = 0;
    while (first < len && !needsFolding(s[first])) {
      first++; // most words have nothing to fold: leave them untouched
    }
    int out = first;
    for (int i = first; i < len; i++) {
      char c = s[i];
      switch (c) {
        case '\u0671' -> s[out++] = '\u0627'; // alef wasla -> alef
        case '\u06CC', '\u0626' -> s[out++] = '\u064A'; // farsi yeh, yeh with hamza -> yeh
        case '\u0624' -> s[out++] = '\u0648'; // waw with hamza -> waw
        case '\u06A9' -> s[out++] = '\u0643'; // keheh -> kaf
        case '\u06C1', '\u06D5', '\u06C0' -> s[out++] = '\u0647'; // heh goal, ae, heh with yeh -> heh
        case '\u0621', '\u0670', '\u0653', '\u0654', '\u0655' -> { } // lone hamza, superscript alef, maddah/hamza marks
        default -> s[out++] = c;
      }
    }
    return out;
  }

  /** Which characters of the Arabic block fold: a table, since this runs on every token. */
  private static final boolean[] FOLDS = new boolean[0x100];

  static {
    for (char c : "\u0671\u06CC\u0626\u0624\u06A9\u06C1\u06D5\u06C0\u0621\u0670\u0653\u0654\u0655".toCharArray()) {
      FOLDS[c - 0x0600] = true;
    }
  }

  private static boolean needsFolding(char c) {
    return c >= 0x0600 && c <= 0x06FF && FOLDS[c - 0x0600];
  }
}
