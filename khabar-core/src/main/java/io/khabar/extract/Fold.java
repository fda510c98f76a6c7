package io.khabar.extract;

import java.util.regex.Pattern;

/**
 * Folds text for matching, never for display: Arabic-Indic and Persian digits to ASCII, diacritics and tatweel
 * removed, alef/hamza forms to bare alef, ى to ي, ة to ه, invisible marks dropped, lower case. "إقرأ أيضاً"
 * and "اقرا ايضا" fold to the same string, and so do "١٤٤٦ هـ" and "1446 ه".
 *
 * <p>Not {@link io.khabar.text.KhabarAnalyzer#normalizeWord}, which is made for search terms: it drops the
 * lone hamza and folds ؤ/ئ ("مساء" would become "مسا", which the date patterns do not expect), and leaves
 * digits and invisible marks to other filters. The rules and tables of this package are written folded
 * with this class.
 */
public final class Fold {
  private Fold() {}

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  public static String of(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        out.append((char) ('0' + c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        out.append((char) ('0' + c - '\u06F0'));
      } else if (isMark(c) || Text.isInvisible(c)) {
        // dropped
      } else if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') {
        out.append('ا');
      } else if (c == 'ى') {
        out.append('ي');
      } else if (c == 'ة') {
        out.append('ه');
      } else if (c == '\u066B') {
        out.append('.'); // Arabic decimal separator
      } else if (c == '\u066C') {
        out.append(','); // Arabic thousands separator
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** Folded, letters and digits only: a key under which "مصراوي.كوم" and "مصراوي كوم" are one name. */
  static String key(String s) {
    return NOT_LETTER_OR_DIGIT.matcher(of(s)).replaceAll("");
  }

  /** Harakat, tanween, shadda, sukun, superscript alef, and tatweel. */
  static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }
}
