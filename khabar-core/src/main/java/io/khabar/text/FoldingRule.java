package io.khabar.text;

/**
 * One small rule of Arabic folding: what it does to a single character (keep it, replace it, or drop it).
 * Rules are composed into an {@link ArabicFolding}, in the manner of Lucene's tiny token filters, and each is
 * tested alone. Every rule works on one {@code char} and leaves the characters it does not name unchanged.
 */
public enum FoldingRule {
  /** Arabic-Indic ٠–٩ and Persian ۰–۹ digits to ASCII: "١٤٤٦" and "1446" are one year. */
  ARABIC_DIGITS(c -> c >= '\u0660' && c <= '\u0669' ? '0' + c - '\u0660'
      : c >= '\u06F0' && c <= '\u06F9' ? '0' + c - '\u06F0' : c),
  /** Tanwin, fatha, damma, kasra, shadda, sukun (U+064B–U+0652): the eight marks Lucene's normalizer drops. */
  HARAKAT(dropRange('\u064B', '\u0652')),
  /** Maddah and hamza written as combining marks above or below a letter (U+0653–U+0655). */
  HAMZA_MARKS(dropRange('\u0653', '\u0655')),
  /** The superscript (dagger) alef of هٰذا (U+0670). */
  SUPERSCRIPT_ALEF(dropRange('\u0670', '\u0670')),
  /** The rarer marks of the block (U+0656–U+065F: subscript alef, inverted damma, small v, wavy hamza...). */
  OTHER_MARKS(dropRange('\u0656', '\u065F')),
  /** Tatweel (kashida), the stretching stroke of يـكـتـب: typography, not a letter. */
  TATWEEL(dropRange('\u0640', '\u0640')),
  /** Zero-width space, direction marks, embeddings and isolates, BOM, soft hyphen, Arabic letter mark. */
  INVISIBLE(dropIf(FoldingRule::isInvisible)),
  /** Zero-width non-joiner and joiner (U+200C, U+200D): they change how letters join, not which they are. */
  JOINERS(dropRange('\u200C', '\u200D')),
  /** أ إ آ ٱ to bare alef: hamza and madda on alef are written or left out at will. */
  ALEF_FORMS(replace("أإآٱ", 'ا')),
  /** Alef maqsura ى to yeh: على and علي are typed interchangeably. */
  ALEF_MAQSURA(replace("ى", 'ي')),
  /** Farsi yeh ی (Persian keyboards) to Arabic yeh. */
  FARSI_YEH(replace("ی", 'ي')),
  /** Teh marbuta ة to heh: the dots are often left out (مدرسة/مدرسه). */
  TEH_MARBUTA(replace("ة", 'ه')),
  /** Hamza carried by waw or yeh to the bare carrier: مسؤول/مسئول are typed مسوول/مسيول by many users. */
  HAMZA_SEATS(c -> c == 'ؤ' ? 'و' : c == 'ئ' ? 'ي' : c),
  /** A lone hamza ء is dropped, so that a word typed without it (سما for سماء) is the same word. */
  LONE_HAMZA(dropRange('\u0621', '\u0621')),
  /** Keheh ک (Persian kaf) to kaf. */
  KEHEH(replace("ک", 'ك')),
  /** Heh goal ہ, ae ە and heh with yeh ۀ (Urdu, Kurdish, Persian) to heh. */
  HEH_VARIANTS(replace("ہەۀ", 'ه')),
  /** پ چ ڤ گ, with which foreign names are written, to the Arabic letters that also write them: ب ج ف ج. */
  PERSIAN_LETTERS(c -> switch (c) {
    case 'پ' -> 'ب';
    case 'چ', 'گ' -> 'ج';
    case 'ڤ' -> 'ف';
    default -> c;
  }),
  /** Arabic decimal ٫ and thousands ٬ separators to '.' and ','. */
  SEPARATORS(c -> c == '\u066B' ? '.' : c == '\u066C' ? ',' : c),
  /** {@link Character#toLowerCase(char)}: one char at a time, so letters outside the BMP keep their case. */
  LOWER_CASE(c -> Character.toLowerCase(c));

  /** What {@link #apply} returns for a character the rule drops. */
  public static final int DROP = -1;

  private final CharRule rule;

  FoldingRule(CharRule rule) {
    this.rule = rule;
  }

  /** The folded character, or {@link #DROP}. */
  public int apply(char c) {
    return rule.apply(c);
  }

  /** True when this rule drops {@code c}. */
  public boolean drops(char c) {
    return apply(c) == DROP;
  }

  @FunctionalInterface
  private interface CharRule {
    int apply(char c);
  }

  @FunctionalInterface
  private interface CharTest {
    boolean test(char c);
  }

  private static CharRule dropRange(char first, char last) {
    return dropIf(c -> c >= first && c <= last);
  }

  private static CharRule dropIf(CharTest test) {
    return c -> test.test(c) ? DROP : c;
  }

  private static CharRule replace(String from, char to) {
    return c -> from.indexOf(c) >= 0 ? to : c;
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD' || c == '\u061C';
  }
}
