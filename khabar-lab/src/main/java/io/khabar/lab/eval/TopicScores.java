package io.khabar.lab.eval;

import io.khabar.model.Topic;
import io.khabar.enrich.topic.TopicClassifier;
import io.khabar.enrich.topic.TopicSample;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Accuracy, per-topic F1 and macro-F1 of a classifier on labelled samples. */
public record TopicScores(int n, double accuracy, Map<Topic, Double> f1) {

  public static TopicScores of(TopicClassifier c, List<TopicSample> samples) {
    Map<Topic, int[]> counts = new EnumMap<>(Topic.class); // tp, fp, fn
    for (Topic t : Topic.values()) {
      counts.put(t, new int[3]);
    }
    int correct = 0;
    for (TopicSample s : samples) {
      Topic got = c.classify(s.features()).orElse(null);
      if (got == s.topic()) {
        correct++;
        counts.get(got)[0]++;
      } else {
        if (got != null) {
          counts.get(got)[1]++;
        }
        counts.get(s.topic())[2]++;
      }
    }
    Map<Topic, Double> f1 = new EnumMap<>(Topic.class);
    counts.forEach((t, k) -> f1.put(t, k[0] == 0 ? 0 : 2.0 * k[0] / (2.0 * k[0] + k[1] + k[2])));
    return new TopicScores(samples.size(), samples.isEmpty() ? 0 : (double) correct / samples.size(), f1);
  }

  /** Mean F1 over the topics, each counting the same. */
  public double macroF1() {
    return f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
