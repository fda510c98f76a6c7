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
    /** Its place in the scoring arrays of {@link #nearest}. */
    int slot;

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
  /** Term → the stories whose centroid holds it, each with that centroid entry (the same array, kept current). */
  private final Map<String, List<Posting>> postings = new HashMap<>();
  /** Scoring scratch space indexed by story slot: dot products, and whether a story was met by this article. */
  private double[] dots = new double[64];
  private final List<Story> met = new ArrayList<>();
  private final java.util.ArrayDeque<Integer> freeSlots = new java.util.ArrayDeque<>();
  private int slots;

  private record Posting(Story story, double[] weight) {}

  StoryIndex(long decayMillis) {
    this.decayMillis = decayMillis;
  }

  Story get(String id) {
    return stories.get(id);
  }

  Story open(String id, long ref) {
    return stories.computeIfAbsent(id, x -> {
      Story s = new Story(x, ref);
      s.slot = freeSlots.isEmpty() ? slots++ : freeSlots.pop();
      if (s.slot >= dots.length) {
        dots = java.util.Arrays.copyOf(dots, dots.length * 2);
      }
      return s;
    });
  }

  /**
   * The story whose centroid is nearest to {@code v} among those {@code eligible} accepts, with its cosine; null
   * when no story shares a term with it. Ties go to the smaller story id, so the result never depends on hashing.
   */
  Match nearest(StoryVector v, java.util.function.Predicate<Story> eligible) {
    // Arrays by story slot rather than a map: an article meets most stories in memory through common terms, and
    // this loop is the cost of grouping. Sums run in term order, so results match to the last bit.
    for (int i = 0; i < v.terms().length; i++) {
      List<Posting> holders = postings.get(v.terms()[i]);
      if (holders == null) {
        continue;
      }
      double w = v.weights()[i];
      for (Posting p : holders) {
        int slot = p.story().slot;
        if (dots[slot] == 0) {
          met.add(p.story());
        }
        dots[slot] += w * p.weight()[0];
      }
    }
    Match best = null;
    for (Story s : met) {
      double dot = dots[s.slot];
      dots[s.slot] = 0;
      if (s.norm2 <= 0 || !eligible.test(s)) {
        continue;
      }
      double cos = dot / Math.sqrt(s.norm2);
      if (best == null || cos > best.cosine() || (cos == best.cosine() && s.id.compareTo(best.story().id) < 0)) {
        best = new Match(s, cos);
      }
    }
    met.clear();
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
        double[] entry = {w * v.weights()[i]};
        s.centroid.put(term, entry);
        postings.computeIfAbsent(term, x -> new ArrayList<>(4)).add(new Posting(s, entry));
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
    Set<Story> dropped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    dropped.addAll(gone);
    Set<String> terms = new HashSet<>();
    for (Story s : gone) {
      terms.addAll(s.centroid.keySet());
      freeSlots.push(s.slot);
    }
    for (String term : terms) {
      List<Posting> holders = postings.get(term);
      holders.removeIf(p -> dropped.contains(p.story()));
      if (holders.isEmpty()) {
        postings.remove(term);
      }
    }
  }

  int size() {
    return stories.size();
  }

  void clear() {
    stories.clear();
    postings.clear();
    freeSlots.clear();
    slots = 0;
  }
}
