package io.khabar.relate;

import io.khabar.store.ArticleStore;
import io.khabar.store.ArticleTerms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds tf-idf vectors from articles' terms and the store's statistics: sublinear term frequency
 * {@code 1 + ln tf}, title terms counted {@code titleBoost} times more, smoothed idf
 * {@code ln(1 + N / df)}. Terms seen in a single article carry no evidence of relatedness and are
 * dropped. Statistics are fetched once per batch: one store call, not one per term.
 */
public final class Vectorizer {
  private final ArticleStore store;
  private final double titleBoost;

  public Vectorizer(ArticleStore store, double titleBoost) {
    this.store = store;
    this.titleBoost = titleBoost;
  }

  public TermVector vector(ArticleTerms terms) throws IOException {
    return vectors(List.of(terms)).get(0);
  }

  public List<TermVector> vectors(List<ArticleTerms> batch) throws IOException {
    Set<String> vocabulary = new HashSet<>();
    for (ArticleTerms t : batch) {
      vocabulary.addAll(t.text().keySet());
      vocabulary.addAll(t.title().keySet());
    }
    Map<String, Integer> df = store.docFreqs(vocabulary);
    double n = Math.max(1, store.size());
    List<TermVector> out = new ArrayList<>(batch.size());
    for (ArticleTerms t : batch) {
      out.add(vector(t, df, n));
    }
    return out;
  }

  private TermVector vector(ArticleTerms terms, Map<String, Integer> df, double n) {
    Map<String, Double> weights = new HashMap<>((terms.text().size() + terms.title().size()) * 2);
    add(weights, terms.text(), 1.0, df, n);
    add(weights, terms.title(), titleBoost, df, n);
    return new TermVector(weights);
  }

  private static void add(Map<String, Double> weights, Map<String, Integer> tf, double boost, Map<String, Integer> df,
                          double n) {
    tf.forEach((term, f) -> {
      int d = df.getOrDefault(term, 0);
      if (d > 1) {
        weights.merge(term, boost * (1 + Math.log(f)) * Math.log(1 + n / d), Double::sum);
      }
    });
  }
}
