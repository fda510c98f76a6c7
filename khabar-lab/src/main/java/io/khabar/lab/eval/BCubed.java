package io.khabar.lab.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed precision, recall and F1 of a clustering against labelled events, over the labelled
 * articles only (an article's predicted cluster is cut to the labelled articles in it). Borderline
 * ("maybe") articles are not labelled.
 */
record BCubed(double precision, double recall) {

  double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** @param clusterOf the predicted story of each article id (null = none: the article stands alone) */
  static BCubed of(StoryEvents events, Map<String, String> clusterOf) {
    Map<String, String> eventOf = new HashMap<>();
    for (StoryEvents.Event e : events.events()) {
      e.members().forEach(id -> eventOf.put(id, e.id()));
    }
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> eventSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String id : eventOf.keySet()) {
      String c = cluster(id, clusterOf);
      clusterSize.merge(c, 1, Integer::sum);
      eventSize.merge(eventOf.get(id), 1, Integer::sum);
      both.merge(c + "\u0001" + eventOf.get(id), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String id : eventOf.keySet()) {
      String c = cluster(id, clusterOf);
      int correct = both.get(c + "\u0001" + eventOf.get(id));
      p += (double) correct / clusterSize.get(c);
      r += (double) correct / eventSize.get(eventOf.get(id));
    }
    int n = eventOf.size();
    return new BCubed(p / n, r / n);
  }

  /** An article without a story is a cluster of its own. */
  private static String cluster(String id, Map<String, String> clusterOf) {
    return Objects.requireNonNullElse(clusterOf.get(id), "alone:" + id);
  }
}
