package io.khabar.text;

import static io.khabar.text.FoldingRule.ALEF_FORMS;
import static io.khabar.text.FoldingRule.ALEF_MAQSURA;
import static io.khabar.text.FoldingRule.ARABIC_DIGITS;
import static io.khabar.text.FoldingRule.FARSI_YEH;
import static io.khabar.text.FoldingRule.HAMZA_MARKS;
import static io.khabar.text.FoldingRule.HAMZA_SEATS;
import static io.khabar.text.FoldingRule.HARAKAT;
import static io.khabar.text.FoldingRule.HEH_VARIANTS;
import static io.khabar.text.FoldingRule.INVISIBLE;
import static io.khabar.text.FoldingRule.JOINERS;
import static io.khabar.text.FoldingRule.KEHEH;
import static io.khabar.text.FoldingRule.LONE_HAMZA;
import static io.khabar.text.FoldingRule.LOWER_CASE;
import static io.khabar.text.FoldingRule.OTHER_MARKS;
import static io.khabar.text.FoldingRule.PERSIAN_LETTERS;
import static io.khabar.text.FoldingRule.SEPARATORS;
import static io.khabar.text.FoldingRule.SUPERSCRIPT_ALEF;
import static io.khabar.text.FoldingRule.TATWEEL;
import static io.khabar.text.FoldingRule.TEH_MARBUTA;

import java.util.List;

/**
 * Khabar's one Arabic folding: a sequence of {@link FoldingRule}s applied to each character, never for display.
 * The rules are resolved once into a lookup table (this runs on every token), so a folding costs one table
 * read per character whatever its number of rules.
 *
 * <p>Three presets, one per use; they differ on purpose:
 * <ul>
 *   <li>{@link #SEARCH}: index and query terms. A query typed without hamza, dots or diacritics must find the
 *       word, so the lone hamza goes and hamza seats, Persian kaf/yeh and heh forms fold.</li>
 *   <li>{@link #MATCHING}: extraction's patterns and tables (boilerplate, month names, dates, site names). It
 *       keeps ء ؤ ئ ("مساء" must stay a date word, not "مسا") and folds digits and separators, which dates
 *       need.</li>
 *   <li>{@link #NAMES}: named entities. Names come from many alphabets, so hamza seats and the Persian
 *       letters of foreign names fold, and zero-width joiners go.</li>
 * </ul>
 */
public final class ArabicFolding {
  /**
   * Search terms. Case and digit forms are left to Lucene's LowerCaseFilter and DecimalDigitFilter in the
   * analysis chain: they work on code points (letters and digits outside the BMP), which a char table does not.
   */
  public static final ArabicFolding SEARCH = of(HARAKAT, HAMZA_MARKS, SUPERSCRIPT_ALEF, TATWEEL, ALEF_FORMS,
      ALEF_MAQSURA, FARSI_YEH, TEH_MARBUTA, HAMZA_SEATS, LONE_HAMZA, KEHEH, HEH_VARIANTS);

  /**
   * Extraction's matching: "إقرأ أيضاً"/"اقرا ايضا" and "١٤٤٦ هـ"/"1446 ه" fold alike. The patterns and tables of
   * {@code io.khabar.extract} (boilerplate cues, month names, datelines) are written folded with it.
   */
  public static final ArabicFolding MATCHING = of(ARABIC_DIGITS, HARAKAT, HAMZA_MARKS, SUPERSCRIPT_ALEF,
      OTHER_MARKS, TATWEEL, INVISIBLE, ALEF_FORMS, ALEF_MAQSURA, TEH_MARBUTA, SEPARATORS, LOWER_CASE);

  /** Named entities: the model, the gazetteers and the entity keys see one form of each name. */
  public static final ArabicFolding NAMES = of(HARAKAT, HAMZA_MARKS, SUPERSCRIPT_ALEF, OTHER_MARKS, TATWEEL,
      INVISIBLE, JOINERS, ALEF_FORMS, ALEF_MAQSURA, FARSI_YEH, TEH_MARBUTA, HAMZA_SEATS, KEHEH, PERSIAN_LETTERS);

  private final List<FoldingRule> rules;
  private final FoldingTable table;

  private ArabicFolding(List<FoldingRule> rules) {
    this.rules = rules;
    this.table = new FoldingTable(c -> applyRules((char) c));
  }

  /** The rules applied one after the other, in this order. */
  public static ArabicFolding of(FoldingRule... rules) {
    return new ArabicFolding(List.of(rules));
  }

  public List<FoldingRule> rules() {
    return rules;
  }

  /** The folded character, or {@link FoldingRule#DROP}. */
  public int fold(char c) {
    return table.get(c);
  }

  /** True when folding drops {@code c}. */
  public boolean drops(char c) {
    return table.get(c) == FoldingRule.DROP;
  }

  /** Folds {@code s[0..len)} in place and returns the new length (never longer: a char folds to at most one). */
  public int fold(char[] s, int len) {
    return fold(s, 0, len);
  }

  /** The folded string; {@code s} itself when nothing in it folds, which is most words. */
  public String fold(String s) {
    int first = 0;
    while (first < s.length() && table.get(s.charAt(first)) == s.charAt(first)) {
      first++;
    }
    if (first == s.length()) {
      return s;
    }
    char[] chars = s.toCharArray();
    return new String(chars, 0, fold(chars, first, chars.length));
  }

  /** Folds {@code s[from..to)} in place and returns where the folded range ends. */
  private int fold(char[] s, int from, int to) {
    int out = from;
    for (int i = from; i < to; i++) {
      int f = table.get(s[i]);
      if (f != FoldingRule.DROP) {
        s[out++] = (char) f;
      }
    }
    return out;
  }

  /** The rules one after the other, as a chain of filters would apply them. */
  private int applyRules(char c) {
    int f = c;
    for (FoldingRule rule : rules) {
      f = rule.apply((char) f);
      if (f == FoldingRule.DROP) {
        break;
      }
    }
    return f;
  }

  @Override
  public String toString() {
    return "ArabicFolding" + rules;
  }
}
