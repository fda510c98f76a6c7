package io.khabar.enrich.ner;

/**
 * Folds the spellings that Arabic news writes interchangeably (hamza seats on alef, alef maqsura, ta marbuta,
 * diacritics, tatweel, invisible direction marks, Persian letters) so that the model and the name lists see one
 * form. What the reader sees is never folded: names are returned as written.
 */
public final class ArabicFold {
  private ArabicFold() {}

  public static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDropped(c)) {
        continue;
      }
      out.append(map(c));
    }
    return out.toString();
  }

  /** Diacritics, tatweel, zero-width and direction marks: they carry no letter. */
  static boolean isDropped(char c) {
    return isDiacritic(c) || c == '\u0640'
        || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C' || c == '\u00AD';
  }

  /** Harakat, tanwin, shadda, sukun and the other marks above or below a letter. */
  static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
  }

  private static char map(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى', 'ی' -> 'ي';
      case 'ة' -> 'ه';
      case 'ؤ' -> 'و';
      case 'ئ' -> 'ي';
      case 'ک' -> 'ك';
      case 'پ' -> 'ب';
      case 'چ' -> 'ج';
      case 'ڤ' -> 'ف';
      case 'گ' -> 'ج';
      default -> c;
    };
  }

  /** True for a letter of the Arabic block. */
  private static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u06FF' && Character.isLetter(c);
  }

  public static boolean hasArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isArabicLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
