package io.khabar.ingest;

import io.khabar.Article;
import io.khabar.enrich.Enricher;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Enriches the next articles on another core while the importer groups and stores the earlier ones,
 * and hands them back strictly in reading order. Enrichment (named entities above all) costs about as
 * much as grouping, and the two are independent per article: on 2 cores this hides most of its cost.
 * Order is what keeps an import's result, its commit points and its crash recovery unchanged.
 */
final class EnrichAhead implements AutoCloseable {
  /** Up to this many articles wait, enriched or being enriched, ahead of the one being stored. */
  static final int LOOKAHEAD = 32;

  /** An article as read, with its enrichment under way (null: nothing to enrich, or a record to skip). */
  record Pending(Article article, String origin, String problem, Future<Article> enriched) {
    /** The enriched article, waiting for it if needed. */
    Article awaitEnriched() {
      try {
        return enriched.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while enriching " + article.id(), e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("enriching " + article.id() + " failed", e.getCause());
      }
    }
  }

  private final Enricher enricher;
  private final ExecutorService workers;
  private final Deque<Pending> queue = new ArrayDeque<>();

  EnrichAhead(Enricher enricher) {
    this.enricher = enricher;
    int n = Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));
    this.workers = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "khabar-enrich");
      t.setDaemon(true); // never keeps a killed or finished import alive
      return t;
    });
  }

  /** Queues an article: enrichment starts now if {@code enrich}; returns the oldest one once the queue is full. */
  Pending add(Article article, String origin, boolean enrich) {
    Future<Article> f = enrich ? workers.submit(() -> enricher.enrich(article)) : null;
    queue.addLast(new Pending(article, origin, null, f));
    return queue.size() > LOOKAHEAD ? queue.removeFirst() : null;
  }

  /** Queues a record to skip, so that skips are reported in reading order too. */
  Pending addSkip(String origin, String problem) {
    queue.addLast(new Pending(null, origin, problem, null));
    return queue.size() > LOOKAHEAD ? queue.removeFirst() : null;
  }

  /** The oldest waiting article, or null when none waits. */
  Pending next() {
    return queue.pollFirst();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
