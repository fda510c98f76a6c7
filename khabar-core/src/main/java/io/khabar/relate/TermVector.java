package io.khabar.relate;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A sparse tf-idf vector of an article's terms, with its Euclidean norm. */
public final class TermVector {
  private final Map<String, Double> weights;
  private final double norm;

  TermVector(Map<String, Double> weights) {
    this.weights = Collections.unmodifiableMap(weights);
    double sum = 0;
    for (double w : weights.values()) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  public Map<String, Double> weights() {
    return weights;
  }

  /** The term's weight in the unit-length vector. */
  public double weight(String term) {
    return norm == 0 ? 0 : weights.getOrDefault(term, 0.0) / norm;
  }

  /** Cosine similarity, in [0,1] since weights are non-negative. */
  public double cosine(TermVector other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.min(1.0, dot / (norm * other.norm));
  }

  /** The {@code n} shared terms that contribute most to the cosine, largest first. */
  public List<String> topShared(TermVector other, int n) {
    return weights.keySet().stream()
        .filter(other.weights::containsKey)
        .sorted((a, b) -> Double.compare(weights.get(b) * other.weights.get(b), weights.get(a) * other.weights.get(a)))
        .limit(n)
        .toList();
  }

  /** The same vector cut to its {@code n} heaviest terms: cheaper to keep and compare, nearly the same cosines. */
  public TermVector truncated(int n) {
    if (weights.size() <= n) {
      return this;
    }
    Map<String, Double> top = new java.util.HashMap<>(n * 2);
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return new TermVector(top);
  }

  /** The {@code n} heaviest terms, largest first. */
  public List<String> top(int n) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }
}
