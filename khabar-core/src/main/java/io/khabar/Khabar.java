package io.khabar;

import io.khabar.model.Article;

import io.khabar.relate.Related;
import io.khabar.relate.RelatedConfig;
import io.khabar.relate.RelatedFinder;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import io.khabar.search.Timeline;
import io.khabar.store.ArticleStore;
import io.khabar.model.Headline;
import io.khabar.story.Coverage;
import io.khabar.story.DuplicateGroup;
import io.khabar.story.Stories;
import io.khabar.text.KhabarAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reading side of Khabar in one object: articles, related articles and search over a store.
 * The CLI and the web site both use it.
 */
public final class Khabar implements Closeable {
  /**
   * A related list, a story's coverage or the ranked stories older than this are recomputed in the
   * background while the reader gets the previous answer; none older than {@link #MAX_ANSWER_AGE} is served.
   */
  public static final Duration REFRESH_ANSWERS_AFTER = Duration.ofMinutes(5);
  public static final Duration MAX_ANSWER_AGE = Duration.ofMinutes(30);

  private final ArticleStore store;
  private final RelatedFinder related;
  private final Stories stories;
  private final RecentAnswers<RelatedKey, Related> recentRelated;
  private final RecentAnswers<String, Coverage> recentCoverage;
  private final RecentAnswers<Integer, List<Coverage>> recentRanked;

  private record RelatedKey(String id, int k) {}

  public Khabar(ArticleStore store, RelatedConfig config) {
    this.store = store;
    this.related = new RelatedFinder(store, KhabarAnalyzer.create(), config);
    this.stories = new Stories(store);
    this.recentRelated = recent(20_000, key -> related.related(key.id(), key.k()));
    this.recentCoverage = recent(20_000, stories::coverage);
    this.recentRanked = recent(16, n -> Optional.of(stories.ranked(n, 3000)));
  }

  private static <K, V> RecentAnswers<K, V> recent(long maxEntries, RecentAnswers.Source<K, V> source) {
    return new RecentAnswers<>(maxEntries, REFRESH_ANSWERS_AFTER, MAX_ANSWER_AGE, source);
  }

  /** Over a store opened by the caller (read-only for a site: an import may run beside it), default settings. */
  public Khabar(ArticleStore store) {
    this(store, RelatedConfig.defaults());
  }

  public ArticleStore store() {
    return store;
  }

  public Optional<Article> article(String id) throws IOException {
    return store.get(id);
  }

  /** Read-also and similar articles; may be a few minutes old ({@link #REFRESH_ANSWERS_AFTER}). */
  public Optional<Related> related(String id, int k) throws IOException {
    return recentRelated.get(new RelatedKey(id, k));
  }

  /** Content similarity in [0,1]; empty if an id is unknown. */
  public Optional<Double> similarity(String id1, String id2) throws IOException {
    return related.similarity(id1, id2);
  }

  /** An article's headline with its story and duplicate group. */
  public Optional<Headline> headline(String id) throws IOException {
    return store.headline(id);
  }

  /** An article's copies: the canonical (earliest) article and every outlet that carried one. */
  public Optional<DuplicateGroup> duplicates(String articleId) throws IOException {
    return stories.duplicates(articleId);
  }

  /** A story's full coverage; empty if no article has that story. May be a few minutes old ({@link #REFRESH_ANSWERS_AFTER}). */
  public Optional<Coverage> story(String storyId) throws IOException {
    return recentCoverage.get(storyId);
  }

  /** The stories of the newest 3,000 articles, most important first. May be a few minutes old ({@link #REFRESH_ANSWERS_AFTER}). */
  public List<Coverage> stories(int n) throws IOException {
    return recentRanked.get(n).orElseThrow();
  }

  public SearchPage search(SearchQuery q) throws IOException {
    return store.search(q);
  }

  /**
   * An entity's or topic's page: {@code filter} selects its articles (e.g. {@code withEntity(key)}) and
   * the page of them to show; they come newest first. Stories are those of its newest
   * {@link SearchQuery#MAX_LIMIT} articles, most articles first, at most {@code maxStories}; their titles and
   * latest dates may be a few minutes old ({@link #REFRESH_ANSWERS_AFTER}).
   */
  public Timeline timeline(SearchQuery filter, int maxStories) throws IOException {
    SearchQuery newest = filter.withSort(SearchQuery.Sort.NEWEST);
    SearchPage page = store.search(newest);
    java.util.SortedMap<java.time.LocalDate, Long> byDay = store.countByDay(newest);
    return new Timeline(page.total(), Timeline.days(byDay), Timeline.weeks(byDay), page, storiesOf(newest, maxStories));
  }

  private List<Timeline.StoryCount> storiesOf(SearchQuery q, int max) throws IOException {
    Map<String, Long> counts = new java.util.LinkedHashMap<>(); // newest story first among equal counts
    for (io.khabar.search.SearchHit h : store.search(q.withPage(0, SearchQuery.MAX_LIMIT)).hits()) {
      String story = store.headline(h.id()).map(Headline::story).orElse(null);
      if (story != null) {
        counts.merge(story, 1L, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> ranked = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(max).toList();
    List<Timeline.StoryCount> out = new java.util.ArrayList<>();
    for (Map.Entry<String, Long> e : ranked) {
      Optional<Coverage> c = story(e.getKey()); // the coverage the story page shows, computed once for both
      if (c.isPresent()) {
        out.add(new Timeline.StoryCount(c.get().story(), c.get().title(), e.getValue(), c.get().latest()));
      }
    }
    return out;
  }

  public List<Article> latest(int n, String source) throws IOException {
    return store.latest(n, source);
  }

  public Map<String, Long> countBySource() throws IOException {
    return store.countBySource();
  }

  public long size() throws IOException {
    return store.size();
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
