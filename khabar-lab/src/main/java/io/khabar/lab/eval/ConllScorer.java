package io.khabar.lab.eval;

import io.khabar.enrich.ner.TaggedSentence;
import io.khabar.enrich.ner.TaggedSentence.TypedSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scoring in the style of CoNLL's conlleval: a predicted entity counts only if its span and type
 * are exactly those of a gold entity. Precision, recall and F1 overall and per type.
 */
public final class ConllScorer {
  /** Counts of one type (or of all). */
  public static final class Counts {
    int correct;
    int predicted;
    int gold;

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
      return gold;
    }
  }

  private final Counts overall = new Counts();
  private final Map<String, Counts> byType = new TreeMap<>();

  /** Adds one sentence: gold and predicted BIO tags over the same tokens. */
  public void add(String[] goldTags, String[] predictedTags) {
    if (goldTags.length != predictedTags.length) {
      throw new IllegalArgumentException("gold and predicted tag counts differ");
    }
    add(TaggedSentence.spansOf(goldTags), TaggedSentence.spansOf(predictedTags));
  }

  public void add(List<TypedSpan> gold, List<TypedSpan> predicted) {
    Set<TypedSpan> goldSet = new HashSet<>(gold);
    for (TypedSpan g : gold) {
      overall.gold++;
      counts(g.type()).gold++;
    }
    for (TypedSpan p : predicted) {
      overall.predicted++;
      counts(p.type()).predicted++;
      if (goldSet.contains(p)) {
        overall.correct++;
        counts(p.type()).correct++;
      }
    }
  }

  private Counts counts(String type) {
    return byType.computeIfAbsent(type, t -> new Counts());
  }

  public Counts overall() {
    return overall;
  }

  public Counts type(String type) {
    return byType.getOrDefault(type, new Counts());
  }
}
