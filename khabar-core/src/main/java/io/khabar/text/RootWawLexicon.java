package io.khabar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds words whose leading waw is part of the word, not the conjunction "و", from corpus counts:
 * a word {@code وX} is kept whole when {@code X} is rarely seen alone (وزير: زير almost never;
 * وقال: قال everywhere). The resulting list ships as {@code root-waw.txt}.
 */
public final class RootWawLexicon {
  /** Below this many occurrences a word says too little about itself. */
  static final int MIN_COUNT = 5;
  /** وX keeps its waw when X alone is seen less than this fraction as often as وX. */
  static final double MAX_REST_RATIO = 0.5;

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
      int restCount = counts.getOrDefault(rest, 0) + counts.getOrDefault("ال" + rest, 0);
      if (restCount < MAX_REST_RATIO * n) {
        words.add(w);
      }
    }
    words.sort(null);
    return words;
  }
}
