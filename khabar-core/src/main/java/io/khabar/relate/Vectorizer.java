package io.khabar.relate;

import io.khabar.store.ArticleStore;
import io.khabar.model.ArticleTerms;
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
  private final boolean forNewArticles;

  public Vectorizer(ArticleStore store, double titleBoost) {
    this(store, titleBoost, false);
  }

  private Vectorizer(ArticleStore store, double titleBoost, boolean forNewArticles) {
    this.store = store;
    this.titleBoost = titleBoost;
    this.forNewArticles = forNewArticles;
  }

  /**
   * For articles not stored yet (grouping at import): they are not counted in the statistics, so
   * each term counts one more article ({@code ln(1 + (N+1)/(df+1))}) and no term is dropped: a name
   * new to the store is the best evidence that two new articles tell one event.
   */
  public static Vectorizer forNewArticles(ArticleStore store, double titleBoost) {
    return new Vectorizer(store, titleBoost, true);
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

  private void add(Map<String, Double> weights, Map<String, Integer> tf, double boost, Map<String, Integer> df,
                          double n) {
    tf.forEach((term, f) -> {
      int d = df.getOrDefault(term, 0);
      if (forNewArticles) {
        weights.merge(term, boost * (1 + Math.log(f)) * Math.log(1 + (n + 1) / (d + 1)), Double::sum);
      } else if (d > 1) {
        weights.merge(term, boost * (1 + Math.log(f)) * Math.log(1 + n / d), Double::sum);
      }
    });
  }
}
