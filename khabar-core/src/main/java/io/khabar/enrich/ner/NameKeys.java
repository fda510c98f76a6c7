package io.khabar.enrich.ner;

import static io.khabar.text.ArabicFolding.NAMES;

import java.util.ArrayList;
import java.util.List;

/**
 * The entity key: one string for every spelling of one name. Three layers:
 * <ol>
 *   <li>Arabic spelling variants: hamza/alef forms, ى/ي, ة/ه, diacritics, tatweel, Persian letters
 *       ({@link io.khabar.text.ArabicFolding#NAMES}); عبد الله/عبدالله, أبو ظبي/أبوظبي.</li>
 *   <li>The foreign g, written غ or ج (غوتيريش/جوتيريش, الكونغرس/الكونجرس, بينغ/بينج), is one letter.</li>
 *   <li>In a long word (seven letters or more, or five or more without its long vowels), the long vowels ا و ي
 *       between the first and last letter are optional and ق is a g too: زيلينسكي/زيلنسكي, ستولتنبرغ/ستولتنبيرغ,
 *       أمريكا/أميركا, بيلغورود/بيلجورود. After the article, the rest of the word is judged the same way
 *       (الأمريكي/الأميركي).</li>
 * </ol>
 * Arabic names that differ by a long vowel are built on three-letter roots and keep four letters or fewer
 * without their vowels (محمد/محمود, سلمان/سليمان, مروان/مارون, بوتين/بوتان), so they stay apart, as do short
 * names (حسن/حسين, سعد/سعيد, عمر/عمرو). The price: a short foreign name keeps its vowel spellings apart
 * (ترامب/ترمب, بوتين/بوتن).
 */
public final class NameKeys {
  private static final int MIN_SKELETON = 5;
  private static final int MIN_LENGTH = 7;

  private NameKeys() {}

  /** Plain orthographic folding only: the baseline the variant evaluation compares with. */
  public static String orthographic(String name) {
    return String.join(" ", words(name));
  }

  public static String key(String name) {
    List<String> out = new ArrayList<>();
    for (String w : words(name)) {
      out.add(transliteration(w));
    }
    return String.join(" ", out);
  }

  /** Folded words, letters and digits only, with عبد and ابو joined to the next word (عبد الله, أبو ظبي). */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    String folded = NAMES.fold(name == null ? "" : name);
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else if (b.length() > 0) {
        out.add(b.toString());
        b.setLength(0);
      }
    }
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      String w = out.get(i);
      if ((w.equals("عبد") || w.equals("ابو")) && i + 1 < out.size()) {
        w = w + out.get(++i);
      }
      joined.add(w);
    }
    return joined;
  }

  /** The transliteration-insensitive form of one folded word; the article is kept and the rest reduced. */
  static String transliteration(String w) {
    String word = w.replace('غ', 'ج');
    if (word.endsWith("نغ")) {
      word = word.substring(0, word.length() - 1) + "ج";
    }
    String article = word.startsWith("ال") && word.length() > 4 ? "ال" : "";
    String rest = word.substring(article.length());
    String skeleton = skeleton(rest);
    return article + (skeleton.length() >= MIN_SKELETON || rest.length() >= MIN_LENGTH ? skeleton : rest);
  }

  /** First letter, the inner letters that are not long vowels (g-letters as ج), last letter. */
  private static String skeleton(String w) {
    if (w.length() < 3) {
      return w;
    }
    StringBuilder b = new StringBuilder(w.length()).append(g(w.charAt(0)));
    for (int i = 1; i < w.length() - 1; i++) {
      char c = w.charAt(i);
      if (c != 'ا' && c != 'و' && c != 'ي') {
        b.append(g(c));
      }
    }
    return b.append(g(w.charAt(w.length() - 1))).toString();
  }

  private static char g(char c) {
    return c == 'ق' ? 'ج' : c;
  }
}
