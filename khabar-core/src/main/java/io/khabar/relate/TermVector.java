package io.khabar.relate;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sparse, L2-normalized tf-idf vector of an article's terms. */
public final class TermVector {
  private final Map<String, Double> weights;

  TermVector(Map<String, Double> raw) {
    double norm = 0;
    for (double w : raw.values()) {
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    Map<String, Double> unit = new HashMap<>(raw.size() * 2);
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      unit.put(e.getKey(), norm == 0 ? 0 : e.getValue() / norm);
    }
    this.weights = Collections.unmodifiableMap(unit);
  }

  public Map<String, Double> weights() {
    return weights;
  }

  public double weight(String term) {
    return weights.getOrDefault(term, 0.0);
  }

  /** Cosine similarity: vectors are unit length, so the dot product. In [0,1] (weights are non-negative). */
  public double cosine(TermVector other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.min(1.0, dot);
  }

  /** The {@code n} shared terms that contribute most to the cosine, largest first. */
  public List<String> topShared(TermVector other, int n) {
    return weights.keySet().stream()
        .filter(other.weights::containsKey)
        .sorted((a, b) -> Double.compare(weight(b) * other.weight(b), weight(a) * other.weight(a)))
        .limit(n)
        .toList();
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
