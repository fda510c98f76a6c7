package io.khabar.store;

import io.khabar.model.Article;
import io.khabar.model.Grouping;
import io.khabar.model.PutResult;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The storage role of a store: articles in (with where they belong) and out by id or recency.
 *
 * <p><b>Visibility.</b> {@link #isUnchanged} sees a put at once. Every other read of the store ({@link #get}
 * included, and search, term statistics, candidates, headlines) may lag: it sees a put after at most
 * {@link #searchLag()} later puts, and every put after {@link #commit()}. Whoever groups articles as they
 * arrive keeps at least that many recent ones in memory, so the outcome depends only on the import order.
 */
public interface ArticleStorage {

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

  /** Makes every put so far durable and visible to every read: once this returns, a crash loses none of them. */
  void commit() throws IOException;

  /** The most puts that reads other than {@link #get}/{@link #isUnchanged} may not see yet. */
  int searchLag();

  Optional<Article> get(String id) throws IOException;

  /**
   * The articles of these ids that exist, by id: what {@link #get} gives for each. A store over the network
   * fetches them in one request (reading back a few days of stories took one round trip per article).
   */
  default Map<String, Article> getAll(Collection<String> ids) throws IOException {
    Map<String, Article> out = new HashMap<>();
    for (String id : ids) {
      get(id).ifPresent(a -> out.put(id, a));
    }
    return out;
  }

  long size() throws IOException;

  /** Newest first; {@code source} null means every outlet. Articles without a date come last. */
  List<Article> latest(int n, String source) throws IOException;

  /** Number of articles per outlet, largest first. */
  Map<String, Long> countBySource() throws IOException;
}
