package io.khabar.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 *
 * <p><b>Dormant stories.</b> Most stories in memory are there only because an article dated earlier may still
 * arrive: their newest member is older than the reach of the articles being grouped now. {@link #nearest} puts
 * such stories to sleep, out of the inverted index, so the scoring loop no longer walks them for every article;
 * it scans them one by one only for an article that may reach them (dated before the line they sleep behind, or
 * undated), and a dormant story that gains a member is woken. A dormant story's cosine is summed in the same term order as
 * through the index, so the result is the same to the last bit.
 */
final class StoryIndex {
  /** Weights are re-based before {@code exp} could overflow: after 500 decays (e^500 is near the double's limit). */
  private static final double REBASE_AFTER = 500;

  static final class Story {
    final String id;
    long ref;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    final Map<String, Entry> centroid = new HashMap<>();
    double norm2;
    final Set<String> members = new HashSet<>();
    /** Its place in the scoring arrays of {@link #nearest}. */
    int slot;
    /** Whether it sleeps out of the inverted index (is in {@link #dormant}): read for every story each hour. */
    boolean asleep;

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
  /** Term → the centroid entries that hold it, one per awake story. */
  private final Map<String, List<Entry>> postings = new HashMap<>();
  /** Stories whose newest member is before this line may be asleep (in {@link #dormant}); later ones are awake. */
  private long awakeFrom = Long.MIN_VALUE;
  /** The stories out of the inverted index. */
  private final Set<Story> dormant = new java.util.LinkedHashSet<>();
  /** Scoring scratch space indexed by story slot: dot products, and whether a story was met by this article. */
  private double[] dots = new double[64];
  private final List<Story> met = new ArrayList<>();
  private final java.util.ArrayDeque<Integer> freeSlots = new java.util.ArrayDeque<>();
  private int slots;

  /** One term of a story's centroid, and where it sits in that term's posting list (for O(1) removal). */
  static final class Entry {
    final Story story;
    final String term;
    double weight;
    int position = -1;

    Entry(Story story, String term) {
      this.story = story;
      this.term = term;
    }
  }

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
   * {@code reachableFrom}: no story whose newest member is older than this is eligible (the article's date minus
   * the reach), null when any may be (an undated article). Stories behind the line sleep out of the index.
   */
  Match nearest(StoryVector v, java.util.function.Predicate<Story> eligible, Long reachableFrom) {
    if (reachableFrom != null) {
      sleepBefore(reachableFrom);
    }
    // Arrays by story slot rather than a map: an article meets most stories in memory through common terms, and
    // this loop is the cost of grouping. Sums run in term order, so results match to the last bit.
    for (int i = 0; i < v.terms().length; i++) {
      List<Entry> holders = postings.get(v.terms()[i]);
      if (holders == null) {
        continue;
      }
      double w = v.weights()[i];
      for (Entry e : holders) {
        int slot = e.story.slot;
        if (dots[slot] == 0) {
          met.add(e.story);
        }
        dots[slot] += w * e.weight;
      }
    }
    Match best = null;
    for (Story s : met) {
      double dot = dots[s.slot];
      dots[s.slot] = 0;
      if (eligible.test(s)) {
        best = better(best, s, dot);
      }
    }
    met.clear();
    if (reachableFrom == null || reachableFrom < awakeFrom) { // an article some sleeping story may reach
      for (Story s : dormant) {
        if (eligible.test(s)) {
          best = better(best, s, dormantDot(v, s));
        }
      }
    }
    return best;
  }

  private static Match better(Match best, Story s, double dot) {
    if (dot == 0 || s.norm2 <= 0) {
      return best;
    }
    double cos = dot / Math.sqrt(s.norm2);
    if (best == null || cos > best.cosine() || (cos == best.cosine() && s.id.compareTo(best.story().id) < 0)) {
      return new Match(s, cos);
    }
    return best;
  }

  /** A dormant story's dot product, summed in the article's term order as the index would. */
  private static double dormantDot(StoryVector v, Story s) {
    double dot = 0;
    for (int i = 0; i < v.terms().length; i++) {
      Entry e = s.centroid.get(v.terms()[i]);
      if (e != null) {
        dot += v.weights()[i] * e.weight;
      }
    }
    return dot;
  }

  /** How many stories sleep out of the index. */
  int dormantCount() {
    return dormant.size();
  }

  /**
   * Puts to sleep the stories whose newest member is before {@code time}. The line only moves forward, by at
   * least an hour at a time, so the stories in memory are walked rarely.
   */
  private void sleepBefore(long time) {
    if (time < awakeFrom + 3_600_000L) {
      return;
    }
    awakeFrom = time;
    for (Story s : stories.values()) {
      if (!s.asleep && s.last != Long.MIN_VALUE && s.last < time) {
        s.asleep = true;
        dormant.add(s);
        s.centroid.values().forEach(this::unlink);
      }
    }
  }

  private void link(Entry e) {
    List<Entry> list = postings.computeIfAbsent(e.term, x -> new ArrayList<>(4));
    e.position = list.size();
    list.add(e);
  }

  /** Removes an entry from its posting list in O(1): the list's last entry takes its place. */
  private void unlink(Entry e) {
    List<Entry> list = postings.get(e.term);
    Entry last = list.remove(list.size() - 1);
    if (last != e) {
      list.set(e.position, last);
      last.position = e.position;
    }
    e.position = -1;
    if (list.isEmpty()) {
      postings.remove(e.term);
    }
  }

  /** Adds a member published at {@code t} (an undated one counts at the story's newest time). */
  void add(Story s, String member, StoryVector v, Long t) {
    if (!s.members.add(member)) {
      return;
    }
    if (s.asleep) { // woken
      s.asleep = false;
      dormant.remove(s);
      s.centroid.values().forEach(this::link);
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
      Entry c = s.centroid.get(v.terms()[i]);
      if (c != null) {
        dot += v.weights()[i] * c.weight;
      }
    }
    s.norm2 += 2 * w * dot + w * w; // |C + w·v|² with |v| = 1
    for (int i = 0; i < v.terms().length; i++) {
      String term = v.terms()[i];
      Entry c = s.centroid.get(term);
      if (c == null) {
        c = new Entry(s, term);
        c.weight = w * v.weights()[i];
        s.centroid.put(term, c);
        link(c);
      } else {
        c.weight += w * v.weights()[i];
      }
    }
  }

  private void rebase(Story s, long time) {
    double f = Math.exp((s.ref - time) / decayMillis);
    s.centroid.values().forEach(c -> c.weight *= f);
    s.norm2 *= f * f;
    s.ref = time;
  }

  /** Drops the stories {@code stale} says are out of reach from now on. */
  void evict(java.util.function.Predicate<Story> stale) {
    for (Iterator<Story> it = stories.values().iterator(); it.hasNext(); ) {
      Story s = it.next();
      if (stale.test(s)) {
        it.remove();
        if (s.asleep) {
          dormant.remove(s);
        } else {
          s.centroid.values().forEach(this::unlink);
        }
        freeSlots.push(s.slot);
      }
    }
  }

  int size() {
    return stories.size();
  }

  void clear() {
    stories.clear();
    postings.clear();
    dormant.clear();
    awakeFrom = Long.MIN_VALUE;
    freeSlots.clear();
    slots = 0;
  }
}
