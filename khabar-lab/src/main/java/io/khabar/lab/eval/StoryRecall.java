package io.khabar.lab.eval;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recall@k of same-event articles in a related list. Copies of one text count once (a list that
 * folds copies is not punished for it) and copies of the query article do not count at all;
 * recall is found / min(k, relevant), averaged over an event's articles, then over events (so the
 * few huge events do not dominate).
 */
final class StoryRecall {
  interface Lister {
    List<String> similar(String id, int k) throws IOException;
  }

  private StoryRecall() {}

  static double of(StoryEvents events, Map<String, String> fingerprints, Lister lister, int k) throws IOException {
    double sum = 0;
    int counted = 0;
    for (StoryEvents.Event e : events.events()) {
      double eventSum = 0;
      int queries = 0;
      for (String query : e.members()) {
        Set<String> units = relevantUnits(e.members(), query, fingerprints);
        if (units.isEmpty() || !fingerprints.containsKey(query)) {
          continue;
        }
        Set<String> found = new HashSet<>();
        for (String id : lister.similar(query, k)) {
          String fp = fingerprints.get(id);
          if (fp != null && units.contains(fp) && e.members().contains(id)) {
            found.add(fp);
          }
        }
        eventSum += (double) found.size() / Math.min(k, units.size());
        queries++;
      }
      if (queries > 0) {
        sum += eventSum / queries;
        counted++;
      }
    }
    return counted == 0 ? 0 : sum / counted;
  }

  private static Set<String> relevantUnits(List<String> members, String query, Map<String, String> fingerprints) {
    String self = fingerprints.get(query);
    Set<String> units = new HashSet<>();
    for (String m : members) {
      String fp = fingerprints.get(m);
      if (!m.equals(query) && fp != null && !fp.equals(self)) {
        units.add(fp);
      }
    }
    return units;
  }
}
