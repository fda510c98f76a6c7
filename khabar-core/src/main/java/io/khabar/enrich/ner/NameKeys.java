package io.khabar.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The entity key: one string for every spelling of one name. Two layers:
 * <ol>
 *   <li>Arabic spelling variants: hamza/alef forms, ى/ي, ة/ه, diacritics, tatweel, Persian letters
 *       ({@link ArabicFold}); عبد الله and عبدالله.</li>
 *   <li>Transliterations of foreign names: in a long name word, the long vowels ا و ي between its first and last
 *       letter are optional (زيلينسكي/زيلنسكي, ستولتنبرغ/ستولتنبيرغ, أمريكا/أميركا) and g is written غ, ج or ق
 *       (غوتيريش/جوتيريش, بيلغورود/بيلجورود); a final نغ is نج (بينغ/بينج).</li>
 * </ol>
 * "Long" means seven letters or more, or five or more without those vowels. Arabic names that differ by a long vowel
 * are built on three-letter roots and keep four letters or fewer (محمد/محمود, سلمان/سليمان, مروان/مارون,
 * بوتين/بوتان), so they stay apart, as do short names (حسن/حسين, سعد/سعيد, عمر/عمرو). Words with the article
 * (العراق) are Arabic and never reduced. The price: a short foreign name keeps its spellings apart (ترامب/ترمب).
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

  /** Folded words, letters and digits only, with عبد joined to the next word. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    String folded = ArabicFold.fold(name == null ? "" : name);
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
      if (w.equals("عبد") && i + 1 < out.size()) {
        w = w + out.get(++i);
      }
      joined.add(w);
    }
    return joined;
  }

  /** The transliteration-insensitive form of one folded word. */
  static String transliteration(String w) {
    String word = w.endsWith("نغ") ? w.substring(0, w.length() - 1) + "ج" : w;
    if (word.startsWith("ال")) {
      return word;
    }
    String skeleton = skeleton(word);
    return skeleton.length() >= MIN_SKELETON || word.length() >= MIN_LENGTH ? skeleton : word;
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
    return c == 'غ' || c == 'ق' ? 'ج' : c;
  }
}
