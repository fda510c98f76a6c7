package io.khabar.lab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds words whose leading waw is part of the word, not the conjunction "و", from corpus counts.
 * For a word {@code وX} two kinds of evidence compete:
 * <ul>
 *   <li>the waw is the word's own when the article goes before it: {@code الوX} (الوزير, الولايات);</li>
 *   <li>the waw is the conjunction when X stands alone: {@code X} or {@code الX} (قال, الروسيا).</li>
 * </ul>
 * {@code وX} is kept whole when the first outweighs the second, or when X is almost never seen
 * alone (واشنطن: اشنطن never is). The list ships as {@code root-waw.txt}.
 */
public final class RootWawLexicon {
  /** Below this many occurrences a word says too little about itself. */
  static final int MIN_COUNT = 5;
  /** X seen alone less than this fraction as often as وX: the waw is the word's own. */
  static final double RARE_REST = 0.1;

  private RootWawLexicon() {}

  /** @param counts occurrences of each normalized (unstemmed) word in a corpus */
  public static List<String> rootWawWords(Map<String, Integer> counts) {
    List<String> words = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String w = e.getKey();
      int n = e.getValue();
      if (n < MIN_COUNT || w.length() < 4 || w.charAt(0) != 'و' || w.startsWith("وال")) {
        continue; // the stemmer never strips a lone waw from shorter words; وال is a prefix of its own
      }
      String rest = w.substring(1);
      int asRoot = counts.getOrDefault("ال" + w, 0);
      int asConjunction = counts.getOrDefault(rest, 0) + counts.getOrDefault("ال" + rest, 0);
      if (asRoot > asConjunction || asConjunction < RARE_REST * n) {
        words.add(w);
      }
    }
    words.sort(null);
    return words;
  }
}
