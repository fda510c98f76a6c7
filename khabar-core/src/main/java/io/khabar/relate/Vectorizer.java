package io.khabar.relate;

import io.khabar.store.ArticleStore;
import io.khabar.store.ArticleTerms;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds tf-idf vectors from an article's terms and the store's statistics: sublinear term
 * frequency {@code 1 + ln tf}, title terms counted {@code titleBoost} times more, smoothed idf
 * {@code ln(1 + N / df)}. Terms seen in a single article carry no evidence of relatedness and are
 * dropped.
 */
public final class Vectorizer {
  private final ArticleStore store;
  private final double titleBoost;

  public Vectorizer(ArticleStore store, double titleBoost) {
    this.store = store;
    this.titleBoost = titleBoost;
  }

  public TermVector vector(ArticleTerms terms) throws IOException {
    double n = Math.max(1, store.size());
    Map<String, Double> raw = new HashMap<>();
    addTf(raw, terms.text(), 1.0);
    addTf(raw, terms.title(), titleBoost);
    Map<String, Double> weighted = new HashMap<>(raw.size() * 2);
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      int df = store.docFreq(e.getKey());
      if (df > 1) {
        weighted.put(e.getKey(), e.getValue() * Math.log(1 + n / df));
      }
    }
    return new TermVector(weighted);
  }

  private static void addTf(Map<String, Double> raw, Map<String, Integer> tf, double boost) {
    tf.forEach((term, f) -> raw.merge(term, boost * (1 + Math.log(f)), Double::sum));
  }
}
