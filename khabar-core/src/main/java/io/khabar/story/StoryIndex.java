package io.khabar.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stories near the articles being grouped, in memory: each with its centroid, and an inverted index from
 * term to the stories whose centroid holds it, so an article is scored against every story that shares a term
 * with it in one pass over its own terms.
 *
 * <p>A member published at {@code t} enters its story's centroid with weight {@code exp((t − ref) / decay)}, ref
 * being a fixed time of the story: since a cosine ignores scale, that is a centroid in which each member counts
 * {@code e} times less for every {@code decay} it is older than the newest. The weight depends on the member's
 * own date, not on when it was grouped, so the centroid is the same in whatever order its members came.
 */
final class StoryIndex {
  /** Weights are re-based before {@code exp} could overflow: after 500 decays (e^500 is near the double's limit). */
  private static final double REBASE_AFTER = 500;

  static final class Story {
    final String id;
    long ref;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    final Map<String, double[]> centroid = new HashMap<>();
    double norm2;
    final Set<String> members = new HashSet<>();

    Story(String id, long ref) {
      this.id = id;
      this.ref = ref;
    }

    /** Whether an article published at {@code t} is within the story's reach: near one of its articles. */
    boolean reaches(long t, long reach) {
      return t >= first - reach && t <= last + reach;
    }
  }

  record Match(Story story, double cosine) {}

  private final double decayMillis;
  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<String, Set<Story>> postings = new HashMap<>();

  StoryIndex(long decayMillis) {
    this.decayMillis = decayMillis;
  }

  Story get(String id) {
    return stories.get(id);
  }

  Story open(String id, long ref) {
    return stories.computeIfAbsent(id, s -> new Story(s, ref));
  }

  /**
   * The story whose centroid is nearest to {@code v} among those {@code eligible} accepts, with its cosine; null
   * when no story shares a term with it. Ties go to the smaller story id, so the result never depends on hashing.
   */
  Match nearest(StoryVector v, java.util.function.Predicate<Story> eligible) {
    Map<Story, double[]> dots = new IdentityHashMap<>();
    for (int i = 0; i < v.terms().length; i++) {
      Set<Story> holders = postings.get(v.terms()[i]);
      if (holders == null) {
        continue;
      }
      for (Story s : holders) {
        dots.computeIfAbsent(s, x -> new double[1])[0] += v.weights()[i] * s.centroid.get(v.terms()[i])[0];
      }
    }
    Match best = null;
    for (Map.Entry<Story, double[]> e : dots.entrySet()) {
      Story s = e.getKey();
      if (s.norm2 <= 0 || !eligible.test(s)) {
        continue;
      }
      double cos = e.getValue()[0] / Math.sqrt(s.norm2);
      if (best == null || cos > best.cosine() || (cos == best.cosine() && s.id.compareTo(best.story().id) < 0)) {
        best = new Match(s, cos);
      }
    }
    return best;
  }

  /** Adds a member published at {@code t} (an undated one counts at the story's newest time). */
  void add(Story s, String member, StoryVector v, Long t) {
    if (!s.members.add(member)) {
      return;
    }
    long time = t == null ? (s.last == Long.MIN_VALUE ? s.ref : s.last) : t;
    if (t != null) {
      s.first = Math.min(s.first, time);
      s.last = Math.max(s.last, time);
    }
    if ((time - s.ref) / decayMillis > REBASE_AFTER) {
      rebase(s, time);
    }
    double w = Math.exp((time - s.ref) / decayMillis);
    double dot = 0;
    for (int i = 0; i < v.terms().length; i++) {
      double[] c = s.centroid.get(v.terms()[i]);
      if (c != null) {
        dot += v.weights()[i] * c[0];
      }
    }
    s.norm2 += 2 * w * dot + w * w; // |C + w·v|² with |v| = 1
    for (int i = 0; i < v.terms().length; i++) {
      String term = v.terms()[i];
      double[] c = s.centroid.get(term);
      if (c == null) {
        s.centroid.put(term, new double[] {w * v.weights()[i]});
        postings.computeIfAbsent(term, x -> new HashSet<>()).add(s);
      } else {
        c[0] += w * v.weights()[i];
      }
    }
  }

  private void rebase(Story s, long time) {
    double f = Math.exp((s.ref - time) / decayMillis);
    s.centroid.values().forEach(c -> c[0] *= f);
    s.norm2 *= f * f;
    s.ref = time;
  }

  /** Drops the stories {@code stale} says are out of reach from now on. */
  void evict(java.util.function.Predicate<Story> stale) {
    List<Story> gone = new ArrayList<>();
    for (Iterator<Story> it = stories.values().iterator(); it.hasNext(); ) {
      Story s = it.next();
      if (stale.test(s)) {
        gone.add(s);
        it.remove();
      }
    }
    for (Story s : gone) {
      for (String term : s.centroid.keySet()) {
        Set<Story> holders = postings.get(term);
        holders.remove(s);
        if (holders.isEmpty()) {
          postings.remove(term);
        }
      }
    }
  }

  int size() {
    return stories.size();
  }

  void clear() {
    stories.clear();
    postings.clear();
  }
}
