package io.khabar.store;

import io.khabar.model.Headline;
import io.khabar.model.ArticleTerms;
import io.khabar.model.Grouping;
import io.khabar.model.PutResult;

import io.khabar.model.Article;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where articles live. Implementations: the embedded Lucene index (default) and, later, SolrCloud.
 * Related-article and story logic talk only to this interface.
 */
public interface ArticleStore extends Closeable {

  /** Stores an article alone (no duplicate, own story), or recognises it as already stored. */
  default PutResult put(Article article) throws IOException {
    return put(article, Grouping.alone(article.id()));
  }

  /**
   * Stores an article with where it belongs, or recognises it as already stored (then nothing is
   * written, whatever the grouping). Not durable until {@link #commit()}.
   */
  PutResult put(Article article, Grouping grouping) throws IOException;

  /** Whether an article with exactly this content is already stored (import skips grouping it again). */
  boolean isUnchanged(Article article) throws IOException;

  /** Makes every put so far durable: once this returns, a crash loses none of them. */
  void commit() throws IOException;

  Optional<Article> get(String id) throws IOException;

  long size() throws IOException;

  /** Newest first; {@code source} null means every outlet. Articles without a date come last. */
  List<Article> latest(int n, String source) throws IOException;

  /** Number of articles per outlet, largest first. */
  Map<String, Long> countBySource() throws IOException;

  SearchPage search(SearchQuery query) throws IOException;

  /**
   * How many articles match the query's words and filters, per publication day (UTC), oldest day first;
   * undated articles are not counted. What an entity or topic page charts. This default pages through
   * {@link #search} (so it sees at most {@link SearchQuery#MAX_OFFSET} articles); stores override it.
   */
  default java.util.SortedMap<java.time.LocalDate, Long> countByDay(SearchQuery query) throws IOException {
    java.util.SortedMap<java.time.LocalDate, Long> days = new java.util.TreeMap<>();
    SearchQuery page = query.withPage(0, SearchQuery.MAX_LIMIT);
    while (true) {
      SearchPage p = search(page);
      for (io.khabar.search.SearchHit h : p.hits()) {
        if (h.published() != null) {
          days.merge(h.published().atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate(), 1L, Long::sum);
        }
      }
      int next = page.offset() + SearchQuery.MAX_LIMIT;
      if (p.hits().size() < SearchQuery.MAX_LIMIT || next > SearchQuery.MAX_OFFSET) {
        return days;
      }
      page = page.withPage(next, SearchQuery.MAX_LIMIT);
    }
  }

  /** Analyzed terms of the given articles, in the same order; unknown ids are left out. */
  List<ArticleTerms> terms(List<String> ids) throws IOException;

  /** For each term, in how many articles it occurs (in title or text); absent terms map to 0. */
  Map<String, Integer> docFreqs(Collection<String> terms) throws IOException;

  /** Ids of candidate related articles, best lexical match first. */
  List<String> candidates(CandidateQuery query) throws IOException;

  /** Ids of articles indexed under any of these near-duplicate band keys, at most {@code limit}. */
  List<String> withBandKeys(Collection<String> bandKeys, int limit) throws IOException;

  Optional<Headline> headline(String id) throws IOException;

  /** The members of a story, earliest first. */
  List<Headline> storyMembers(String story, int limit) throws IOException;

  /** The members of a duplicate group (copies of one text), earliest first. */
  List<Headline> duplicateGroup(String dupGroup, int limit) throws IOException;

  /** The newest articles as headlines, newest first. */
  List<Headline> latestHeadlines(int n) throws IOException;

  /** Every stored article, oldest first (by published, then id; undated last): what a rebuild of stories walks. */
  List<Headline> allHeadlines() throws IOException;

  /**
   * Gives articles new stories (id → story; null story = none) in one commit: if interrupted, the
   * previous stories stay as they were.
   */
  void replaceStories(java.util.Map<String, String> storyById) throws IOException;
}
