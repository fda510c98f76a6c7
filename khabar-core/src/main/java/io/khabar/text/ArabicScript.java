package io.khabar.text;

/** Whether text is written in Arabic letters. */
public final class ArabicScript {
  private ArabicScript() {}

  /** True for a letter of the Arabic block (U+0620–U+06FF): not its digits, marks or punctuation. */
  public static boolean isArabicLetter(char c) {
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
