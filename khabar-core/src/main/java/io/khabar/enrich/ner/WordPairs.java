package io.khabar.enrich.ner;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The model's word bigram features ({@code pw,w=a,b} and {@code w,nw=a,b}, BigramNameFeatureGenerator's) by
 * their first word, then their second.
 *
 * <p>Why: a position's two bigrams were built by string concatenation and hashed at every position of every
 * sentence, though the model knows a few thousand pairs and most positions none. A token now carries the pairs
 * it begins ({@link #after}), mostly none, and a position looks its neighbour up in that small map.
 *
 * <p>Exact: a word may hold a comma, so a feature {@code a,b,c} is indexed under each of its readings
 * ({@code a | b,c} and {@code a,b | c}); a pair (x, y) is then found if and only if the string {@code x + "," +
 * y} is a feature of the model.
 */
final class WordPairs {
  static final String PREVIOUS_AND_WORD = "pw,w=";
  static final String WORD_AND_NEXT = "w,nw=";

  /** The weights of a pair's two features (null: the model never saw it). */
  record Pair(Context previousAndWord, Context wordAndNext) {
    static final Pair NONE = new Pair(null, null);

    private Pair with(String prefix, Context c) {
      return prefix.equals(PREVIOUS_AND_WORD) ? new Pair(c, wordAndNext) : new Pair(previousAndWord, c);
    }
  }

  private final Map<String, Map<String, Pair>> byFirst = new HashMap<>();

  WordPairs(Map<String, Context> weights) {
    weights.forEach((name, c) -> {
      if (name.startsWith(PREVIOUS_AND_WORD)) {
        index(PREVIOUS_AND_WORD, name.substring(PREVIOUS_AND_WORD.length()), c);
      } else if (name.startsWith(WORD_AND_NEXT)) {
        index(WORD_AND_NEXT, name.substring(WORD_AND_NEXT.length()), c);
      }
    });
  }

  private void index(String prefix, String pair, Context c) {
    for (int k = pair.indexOf(','); k >= 0; k = pair.indexOf(',', k + 1)) {
      byFirst.computeIfAbsent(pair.substring(0, k), w -> new HashMap<>(4))
          .merge(pair.substring(k + 1), Pair.NONE.with(prefix, c), (old, added) -> old.with(prefix, c));
    }
  }

  /** The pairs the model knows whose first word is {@code first}, by their second word (mostly empty). */
  Map<String, Pair> after(String first) {
    return byFirst.getOrDefault(first, Map.of());
  }
}
