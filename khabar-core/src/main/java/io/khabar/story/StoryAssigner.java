package io.khabar.story;

import io.khabar.model.Article;
import io.khabar.model.ArticleTerms;
import io.khabar.model.Headline;
import io.khabar.relate.TermVector;
import io.khabar.relate.Vectorizer;
import io.khabar.store.ArticleStore;
import io.khabar.store.CandidateQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Decides, as each article arrives, its story (a copy's story is its original's, decided in
 * {@code io.khabar.dedup}): its salient terms fetch the nearest articles published within the story
 * window; each scores {@code cosine + titleWeight × title-word Jaccard + entityWeight × entity-key
 * Jaccard}, and the article joins the story of the best one if that reaches the threshold, or
 * starts a story of its own.
 * The work per article is a few bounded queries: it does not grow with the size of the store.
 * Articles put but not yet visible to the store's searches are kept in a short in-memory list and
 * compared directly, so the outcome depends only on the import order.
 */
public final class StoryAssigner {
  private static final long DAY_MS = 86_400_000L;
  private static final int QUERY_TERMS = 20;
  private static final int SEEN = 4000;
  /** Story comparisons use each article's heaviest terms only. */
  private static final int VECTOR_TERMS = 100;

  private final ArticleStore store;
  private final ArticleAnalysis analysis;
  private final Vectorizer vectorizer;
  private final StoryConfig config;
  private final int keep;
  private final LinkedHashMap<String, Newcomer> recent = new LinkedHashMap<>();
  /** When each story began (its first article's date), for the stories met lately. */
  private final Map<String, Long> storyStarts = new LinkedHashMap<>(SEEN * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > SEEN;
    }
  };
  /** Stored articles compared lately: the same neighbours come up for article after article. */
  private final LinkedHashMap<String, Newcomer> seen = new LinkedHashMap<>(SEEN * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Newcomer> eldest) {
      return size() > SEEN;
    }
  };

  public StoryAssigner(ArticleStore store, Analyzer analyzer, StoryConfig config) {
    this.store = store;
    this.analysis = new ArticleAnalysis(analyzer);
    this.vectorizer = Vectorizer.forNewArticles(store, 1.0);
    this.config = config;
    this.keep = 2 * store.searchLag();
  }

  /** Khabar's story grouping: its analysis, default story settings. */
  public static StoryAssigner standard(ArticleStore store) {
    return new StoryAssigner(store, io.khabar.text.KhabarAnalyzer.create(), StoryConfig.defaults());
  }

  /**
   * After a commit every article met so far is in the store and visible to its searches, so the
   * in-memory lists are dropped: from here on, grouping depends on the committed store alone, which
   * is exactly what an import restarted from this commit sees (docs/durability.md). Keeping them would
   * let an uninterrupted import compare against its last 200 articles where a resumed one cannot, and
   * reuse term vectors weighted with older statistics.
   */
  public void committed() {
    recent.clear();
    seen.clear();
    storyStarts.clear();
  }

  /**
   * The story of an article about to be stored: {@code storyOfCopy} when it copies an article that has one,
   * else the story its content puts it in.
   */
  public String assign(Article a, String storyOfCopy) throws IOException {
    ArticleTerms terms = analysis.terms(a);
    Newcomer me = new Newcomer(terms, vectorizer.vector(terms).truncated(VECTOR_TERMS));
    me.story = storyOfCopy != null ? storyOfCopy : byContent(me, null);
    remember(me);
    return me.story;
  }

  /** Story grouping of an already stored article, during a rebuild: only {@code decided} articles count. */
  String regroup(Headline h, Map<String, String> decided, Map<String, String> storyOfGroup) throws IOException {
    String groupStory = h.dupGroup() == null ? null : storyOfGroup.get(h.dupGroup());
    if (groupStory != null) {
      return groupStory;
    }
    List<ArticleTerms> found = store.terms(List.of(h.id()));
    if (found.isEmpty()) {
      return null;
    }
    ArticleTerms terms = found.get(0);
    Newcomer me = new Newcomer(terms, vectorizer.vector(terms).truncated(VECTOR_TERMS));
    return byContent(me, decided);
  }

  /**
   * The story an article's content puts it in. {@code decided} is null at import; during a rebuild it
   * replaces the stored stories and hides articles not regrouped yet. Null for an undated article
   * that matches no story.
   */
  private String byContent(Newcomer me, Map<String, String> decided) throws IOException {
    String bestStory = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Newcomer c : contentCandidates(me)) {
      String story = decided == null ? c.story : decided.get(c.id());
      if (story == null || !withinWindow(me, c) || !withinSpan(me, story)) {
        continue;
      }
      double score = score(me, c);
      if (score > best || (score == best && story.compareTo(bestStory) < 0)) {
        best = score;
        bestStory = story;
      }
    }
    double needed = config.threshold() + (me.terms.hasDate() ? 0 : config.undatedMargin());
    if (bestStory != null && best >= needed) {
      return bestStory;
    }
    return me.terms.hasDate() ? me.id() : null;
  }

  double score(Newcomer me, Newcomer c) {
    return me.vector.cosine(c.vector) + config.titleWeight() * jaccard(me.terms.title().keySet(), c.terms.title().keySet())
        + config.entityWeight() * jaccard(me.terms.entities(), c.terms.entities());
  }

  /** Shared share of two sets (title words, entity keys); 0 when either is empty (no signal is no evidence). */
  private static double jaccard(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    long shared = x.stream().filter(y::contains).count();
    return (double) shared / (x.size() + y.size() - shared);
  }

  private boolean withinWindow(Newcomer a, Newcomer b) {
    if (!a.terms.hasDate() || !b.terms.hasDate()) {
      return true;
    }
    return Math.abs(a.terms.publishedMillis() - b.terms.publishedMillis()) <= config.window().toMillis();
  }

  /** Whether the article is close enough in time to the story's first article (its id is the story's). */
  private boolean withinSpan(Newcomer me, String story) throws IOException {
    if (!me.terms.hasDate()) {
      return true;
    }
    Long start = storyStarts.get(story);
    if (start == null) {
      Newcomer founder = recent.get(story);
      if (founder != null) {
        start = founder.terms.publishedMillis();
      } else {
        start = store.headline(story).map(h -> h.published() == null ? ArticleTerms.NO_DATE
            : h.published().toInstant().toEpochMilli()).orElse(ArticleTerms.NO_DATE);
      }
      storyStarts.put(story, start);
    }
    return start == ArticleTerms.NO_DATE || Math.abs(me.terms.publishedMillis() - start) <= config.span().toMillis();
  }

  private List<Newcomer> contentCandidates(Newcomer me) throws IOException {
    List<CandidateQuery.WeightedTerm> q = new ArrayList<>();
    for (String t : me.vector.top(QUERY_TERMS)) {
      q.add(new CandidateQuery.WeightedTerm(CandidateQuery.Field.TEXT, t, (float) me.vector.weight(t)));
    }
    List<Newcomer> out = new ArrayList<>();
    for (Newcomer r : recent.values()) {
      if (!r.id().equals(me.id())) {
        out.add(r);
      }
    }
    List<String> unseen = new ArrayList<>();
    for (String id : store.candidates(new CandidateQuery(q, Set.of(me.id()), me.terms.publishedMillis(), config.window(),
        config.candidates(), true))) {
      if (recent.containsKey(id)) {
        continue;
      }
      Newcomer known = seen.get(id);
      if (known != null) {
        out.add(known);
      } else {
        unseen.add(id);
      }
    }
    List<ArticleTerms> terms = store.terms(unseen);
    List<TermVector> vectors = vectorizer.vectors(terms);
    for (int i = 0; i < terms.size(); i++) {
      Newcomer c = new Newcomer(terms.get(i), vectors.get(i).truncated(VECTOR_TERMS));
      c.story = terms.get(i).story();
      seen.put(c.id(), c);
      out.add(c);
    }
    return out;
  }

  private void remember(Newcomer me) {
    recent.remove(me.id());
    recent.put(me.id(), me);
    Iterator<String> oldest = recent.keySet().iterator();
    while (recent.size() > keep) {
      oldest.next();
      oldest.remove();
    }
  }
}
