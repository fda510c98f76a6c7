package io.khabar.enrich.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity key: one string for every spelling of one name. Two layers:
 * <ol>
 *   <li>Arabic spelling variants: hamza/alef forms, ى/ي, ة/ه, diacritics, tatweel, Persian letters
 *       ({@link ArabicFold}); عبد الله and عبدالله.</li>
 *   <li>Transliterations of foreign names: in a long word without the article, the long vowels ا و ي inside it
 *       are optional (زيلينسكي/زيلنسكي, ستولتنبرغ/ستولتنبيرغ, ترامب/ترمب) and g is written غ or ج
 *       (غوتيريش/جوتيريش, بينغ/بينج).</li>
 * </ol>
 * Arabic names that differ only by a long vowel are different names (محمد/محمود, سلمان/سليمان): a word whose
 * vowel-less form is another known name keeps its vowels ({@link #protectedWords}). Words of four letters or
 * fewer are never changed (حسن/حسين, سعد/سعيد, عمر/عمرو), and a five-letter word only loses ا, never و/ي
 * (بوتين/بوتان stay apart).
 */
public final class NameKeys {
  static final String PROTECTED_RESOURCE = "key-protected.txt";
  private static final int MIN_LONG = 5;
  private static final int MIN_ALL_VOWELS = 6;

  private final Set<String> protectedWords;

  public NameKeys(Set<String> protectedWords) {
    this.protectedWords = Set.copyOf(protectedWords);
  }

  /** Keys with the protected list shipped beside the model. */
  public static NameKeys shipped() {
    try (var in = NameKeys.class.getResourceAsStream(PROTECTED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/khabar/enrich/ner/" + PROTECTED_RESOURCE);
      }
      return new NameKeys(NameLexicon.readLines(in));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Plain orthographic folding only: the baseline the variant evaluation compares with. */
  public static String orthographic(String name) {
    return String.join(" ", words(name));
  }

  public String key(String name) {
    List<String> out = new ArrayList<>();
    for (String w : words(name)) {
      out.add(protectedWords.contains(w) ? w : transliteration(w));
    }
    return String.join(" ", out);
  }

  /** Folded words, letters and digits only, with عبد joined to the next word. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    String folded = ArabicFold.fold(name);
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
    String g = w.endsWith("نغ") ? w.substring(0, w.length() - 1) + "ج" : w;
    if (g.length() < MIN_LONG || g.startsWith("ال")) {
      return g;
    }
    StringBuilder b = new StringBuilder(g.length());
    boolean allVowels = g.length() >= MIN_ALL_VOWELS;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      boolean inside = i > 0 && i < g.length() - 1;
      if (inside && (c == 'ا' || allVowels && (c == 'و' || c == 'ي'))) {
        continue;
      }
      b.append(c == 'غ' ? 'ج' : c);
    }
    return b.toString();
  }

  /**
   * Words of a name list whose transliteration form collides with a different word of the list: two distinct
   * Arabic names (محمود and محمد) rather than two spellings of one. Built from the gazetteers by train-ner.
   */
  public static Set<String> collisions(Collection<String> foldedWords) {
    Map<String, Set<String>> byForm = new HashMap<>();
    for (String w : foldedWords) {
      byForm.computeIfAbsent(transliteration(w), k -> new HashSet<>()).add(w);
    }
    Set<String> out = new java.util.TreeSet<>();
    for (Set<String> group : byForm.values()) {
      if (group.size() > 1) {
        for (String w : group) {
          if (!transliteration(w).equals(w)) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }
}
