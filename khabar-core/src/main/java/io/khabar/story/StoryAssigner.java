package io.khabar.story;

import io.khabar.model.Article;
import io.khabar.model.Headline;
import io.khabar.store.ArticleStore;
import io.khabar.text.BackgroundFrequencies;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Decides, as each article arrives, its story: one event across outlets. A copy takes its original's story
 * (decided in {@code io.khabar.dedup}). Any other article is compared with the stories within reach of its date
 * (36 h of one of their articles, at most 5 days after their first: {@link StoryConfig})
 * — by each story's centroid, its members weighed by recency ({@link StoryIndex}), never by a single neighbour,
 * so a story cannot chain from one event into the next — and joins the nearest if the cosine reaches the
 * threshold, or starts a story of its own. Before comparing, the lines its outlet repeats across articles are
 * removed ({@link RepeatedLines}), and words are weighed with a background corpus's frequencies blended with the
 * store's ({@link StoryVectors}).
 *
 * <p><b>Memory.</b> The stories near the dates being grouped are kept in memory (a few hundred), read back from
 * the store when an article's date falls outside what is loaded, so the cost per article does not grow with
 * the store. After each commit everything is dropped and read back from the committed store, exactly what an
 * import resumed from that commit does: both end with the same stories (docs/durability.md).
 *
 * <p><b>Rules for odd dates.</b> An undated article never starts a story: it joins the nearest story in memory
 * only on a clearly stronger match ({@code threshold + undatedMargin}) and has none otherwise. An article dated
 * far from the others (a wrong year) is compared with the stories of its own date, so it cannot join, nor
 * swallow, stories of another time.
 */
public final class StoryAssigner {
  /** Stories are read back this far before an article's date beyond their reach (older members weigh ~e^-4). */
  private static final long LOOK_BACK_EXTRA = 48 * 3_600_000L;
  /** At most this many articles are read back per load (a pathological day is cut, oldest kept). */
  private static final int LOAD_LIMIT = 20_000;
  /** Articles read back from the store per request. */
  private static final int READ_CHUNK = 100;


  private final ArticleStore store;
  private final StoryConfig config;
  private final Analyzer analyzer;
  private final BackgroundFrequencies background;
  private StoryVectors vectors;
  /** While rebuilding: the statistics of the articles walked so far, as the import saw them (null otherwise). */
  private WalkedStatistics walked;
  private final RepeatedLines lines = new RepeatedLines();
  private final StoryIndex index;
  private final long reach;
  private final long maxSpan;
  private final long back;
  /** Dates whose stories are in memory: [lo, hi] (epoch millis); empty when lo > hi. */
  private long lo = 1;
  private long hi = 0;
  private boolean rebuilding;
  /**
   * The latest articles grouped, as many as the store's reads may lag behind its puts: when memory is read back
   * from the store (an article dated away from the last), these are not visible there yet and are added again.
   */
  private final java.util.ArrayDeque<Recent> recent = new java.util.ArrayDeque<>();

  private record Recent(String id, String group, String story, StoryVector v, Article a, long t) {}

  public StoryAssigner(ArticleStore store, Analyzer analyzer, StoryConfig config, BackgroundFrequencies background) {
    this.store = store;
    this.config = config;
    this.analyzer = analyzer;
    this.background = background;
    this.vectors = new StoryVectors(analyzer, store, background, config);
    this.index = new StoryIndex(config.decay().toMillis());
    this.reach = config.reach().toMillis();
    this.maxSpan = config.maxSpan().toMillis();
    // Far enough back that a story's oldest member older than maxSpan is always among those read back: members
    // of a story are never more than its reach apart, so one of them lies within reach before t − maxSpan.
    this.back = Math.max(reach + LOOK_BACK_EXTRA, maxSpan + reach);
  }

  public StoryAssigner(ArticleStore store, Analyzer analyzer, StoryConfig config) {
    this(store, analyzer, config, BackgroundFrequencies.shipped());
  }

  /** Khabar's story grouping: its analysis, default settings, the shipped background frequencies. */
  public static StoryAssigner standard(ArticleStore store) {
    return new StoryAssigner(store, KhabarAnalyzer.create(), StoryConfig.defaults());
  }

  /**
   * The story of an article about to be stored: {@code storyOfCopy} when it copies an article that has one and
   * that story is within reach of its date (in memory; an undated copy always follows), else the story its
   * content puts it in (null for an undated article that matches none). A copy dated years away from its
   * original — a wrong date, a re-publication — is grouped with the stories of its own date.
   */
  public String assign(Article a, String dupGroup, String storyOfCopy) throws IOException {
    Long t = a.published() == null ? null : a.published().toInstant().toEpochMilli();
    if (t != null) {
      ensureLoaded(t);
    }
    StoryVector v = vectors.of(a, lines.meet(a, dupGroup, t));
    boolean copyNear = storyOfCopy != null && (t == null || index.get(storyOfCopy) != null);
    String story = copyNear ? storyOfCopy : byContent(a.id(), v, t);
    remember(a, dupGroup, v, t, story);
    if (walked != null) {
      walked.add(a);
    }
    return story;
  }

  /** After a commit every article met so far is in the store: memory is dropped and read back from it. */
  public void committed() {
    recent.clear();
    index.clear();
    lines.clear();
    vectors.forget();
    lo = 1;
    hi = 0;
  }

  /** Rebuilding: every story is decided again oldest first, in memory; the store's old stories are not read. */
  void startRebuild() {
    committed();
    rebuilding = true;
    // Words are weighed with what the walk has met so far, as the import that grouped these articles did.
    walked = new WalkedStatistics(analyzer, store.searchLag());
    vectors = new StoryVectors(analyzer, walked, background, config);
  }

  private String byContent(String id, StoryVector v, Long t) {
    double needed = config.threshold() + (t == null ? config.undatedMargin() : 0);
    // The span rule holds in any arrival order: with t, the story may not cover more than maxSpan (an article
    // older than its first, read late, may not stretch it backwards either).
    Long reachableFrom = t == null ? null : t - reach;
    StoryIndex.Match m = index.nearest(v, s -> t == null
        || (s.reaches(t, reach) && Math.max(s.last, t) - Math.min(s.first, t) <= maxSpan), reachableFrom);
    if (m != null && m.cosine() >= needed) {
      return m.story().id;
    }
    return t == null ? null : id;
  }

  private void remember(Article a, String dupGroup, StoryVector v, Long t, String story) {
    if (t != null && story != null) {
      recent.addLast(new Recent(a.id(), dupGroup, story, v, a, t));
      if (recent.size() > store.searchLag() + 1) {
        recent.removeFirst();
      }
    }
    if (story != null) {
      StoryIndex.Story s = index.get(story);
      if (s == null && t != null && t >= lo && t <= hi) {
        s = index.open(story, t);
      }
      if (s != null) {
        index.add(s, a.id(), v, t);
      }
    }
  }

  /**
   * Makes sure the stories that can reach an article dated {@code t} are in memory: those with articles dated
   * from {@code t − reach − 48 h} to {@code t + reach}. What is missing is read from the store; what an
   * article's date has left behind is dropped.
   */
  private void ensureLoaded(long t) throws IOException {
    long from = t - back;
    long to = t + reach;
    // What memory held before: a recent article dated there joined the index when it was met, so only the
    // ranges read from the store now can lack one. Walking every recent article for every article cost 3.6% of
    // an import's CPU (the story search 5.6%) once the store's reads lagged a thousand puts.
    long heldFrom = lo;
    long heldTo = hi;
    if (lo > hi || to < lo || from > hi) {
      index.clear();
      lines.clear();
      load(from, to);
      heldFrom = 1;
      heldTo = 0; // nothing held
      lo = from;
      hi = to;
    } else {
      if (from < lo) {
        load(from, lo - 1);
        lo = from;
      }
      if (to > hi) {
        load(hi + 1, to);
        hi = to;
      }
    }
    if (lo < heldFrom || hi > heldTo || heldFrom > heldTo) {
      addRecent(heldFrom, heldTo);
    }
    if (hi - lo > 3 * (back + reach)) {
      index.evict(s -> s.last < from || s.first > to);
      lines.forgetBefore(from);
      lo = from;
      hi = to;
    }
  }

  /**
   * Adds again the latest articles the store may not show yet, if dated in [lo, hi] but not in the range memory
   * already held, [heldFrom, heldTo] (empty when heldFrom > heldTo); members count once.
   */
  private void addRecent(long heldFrom, long heldTo) {
    for (Recent r : recent) {
      boolean held = r.t() >= heldFrom && r.t() <= heldTo;
      if (r.t() >= lo && r.t() <= hi && !held) {
        StoryIndex.Story s = index.get(r.story());
        if (s == null || !s.members.contains(r.id())) {
          lines.register(r.a(), r.group(), r.t());
          index.add(s != null ? s : index.open(r.story(), r.t()), r.id(), r.v(), r.t());
        }
      }
    }
  }

  /** Reads back the stored articles dated in [from, to] with their stories, oldest first. */
  private void load(long from, long to) throws IOException {
    if (rebuilding) {
      return; // a rebuild walks every article oldest first: what it needs is already in memory
    }
    List<Headline> missing = new ArrayList<>();
    for (Headline h : store.headlinesPublished(from, to, LOAD_LIMIT)) {
      if (h.story() != null && h.published() != null && !inMemory(h)) {
        missing.add(h);
      }
    }
    // Read in chunks: one request each on a networked store, and only a chunk's texts held at a time.
    for (int i = 0; i < missing.size(); i += READ_CHUNK) {
      List<Headline> chunk = missing.subList(i, Math.min(missing.size(), i + READ_CHUNK));
      Map<String, Article> articles = store.getAll(chunk.stream().map(Headline::id).toList());
      for (Headline h : chunk) {
        Article a = articles.get(h.id());
        if (a != null) {
          add(h, a);
        }
      }
    }
  }

  private boolean inMemory(Headline h) {
    StoryIndex.Story s = index.get(h.story());
    return s != null && s.members.contains(h.id());
  }

  private void add(Headline h, Article a) throws IOException {
    String group = h.dupGroup() == null ? h.id() : h.dupGroup();
    long t = h.published().toInstant().toEpochMilli();
    StoryVector v = vectors.of(a, lines.meet(a, group, t));
    StoryIndex.Story s = index.get(h.story());
    index.add(s != null ? s : index.open(h.story(), t), h.id(), v, t);
  }
}
