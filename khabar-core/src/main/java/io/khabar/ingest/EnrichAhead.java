package io.khabar.ingest;

import io.khabar.model.Article;
import io.khabar.enrich.Enricher;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The importer's queue of records read: enriches the next articles on another core while the importer
 * groups and stores the earlier ones, and hands records back strictly in reading order. Enrichment
 * (named entities above all) costs about as much as grouping, and the two are independent per article:
 * on 2 cores this hides most of its cost. Order is what keeps an import's result, its commit points and
 * its crash recovery unchanged. Without enrichment nothing waits: each record comes back at once.
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
  /** Run on the worker after enriching: the grouping work that depends on the article alone. */
  private final java.util.function.Consumer<Article> prepare;
  private final int lookahead;
  private final ExecutorService workers; // null without enrichment
  private final Deque<Pending> queue = new ArrayDeque<>();

  EnrichAhead(Enricher enricher) {
    this(enricher, 0, a -> {});
  }

  /**
   * @param threads the import's CPU budget in threads, the importing one included (0: choose from the
   *     cores); with 1, articles are enriched in turn in the importing thread
   * @param prepare run on the worker with each enriched article ({@link io.khabar.group.Grouper#prepare})
   */
  EnrichAhead(Enricher enricher, int threads, java.util.function.Consumer<Article> prepare) {
    this.enricher = enricher;
    this.prepare = prepare;
    int count = workerCount(threads);
    this.lookahead = enriches() && count > 0 ? LOOKAHEAD : 0;
    this.workers = enriches() && count > 0 ? Executors.newFixedThreadPool(count, r -> {
      Thread t = new Thread(r, "khabar-enrich");
      t.setDaemon(true); // never keeps a killed or finished import alive
      // Below the importing thread and any server on the machine (where the OS honours Java priorities).
      t.setPriority(Thread.NORM_PRIORITY - 1);
      return t;
    }) : null;
  }

  /**
   * With a budget, {@code threads - 1} workers. Without one, a worker per core (at most 3): enriching an article
   * costs more than grouping and storing it, so the importing thread spends much of its time waiting for the
   * next enriched article, and its core is free for a worker meanwhile. Whole ANT with grouping and enrichment on
   * 2 cores, two alternating rounds measured by hand (docs/benchmarks.md, below the enrichment section): 1 worker
   * 273 and 334 articles/s, 2 workers 327 and 418, 3 workers 350 and 410.
   */
  private static int workerCount(int threads) {
    if (threads > 0) {
      return Math.min(3, threads - 1);
    }
    return Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors()));
  }

  boolean enriches() {
    return enricher != Enricher.NONE;
  }

  /**
   * Queues an article; its enrichment starts now if {@code enrich} (else it is enriched, if at all, when
   * its turn comes). Returns the oldest record once more than the lookahead wait, else null.
   */
  Pending add(Article article, String origin, boolean enrich) {
    Future<Article> f = enrich && workers != null ? workers.submit(() -> prepared(enricher.enrich(article))) : null;
    return queue(new Pending(article, origin, null, f));
  }

  /**
   * Prepares grouping's work, and never fails the enrichment for it: what failed here is computed again when the
   * article is grouped, and fails there, reported as grouping, if it must.
   */
  private Article prepared(Article enriched) {
    try {
      prepare.accept(enriched);
    } catch (RuntimeException e) {
      // nothing kept: grouping computes it itself
    }
    return enriched;
  }

  /** Queues a record to skip, so that skips are reported in reading order too. */
  Pending addSkip(String origin, String problem) {
    return queue(new Pending(null, origin, problem, null));
  }

  private Pending queue(Pending p) {
    queue.addLast(p);
    return queue.size() > lookahead ? queue.removeFirst() : null;
  }

  /** The oldest waiting article, or null when none waits. */
  Pending next() {
    return queue.pollFirst();
  }

  @Override
  public void close() {
    if (workers != null) {
      workers.shutdownNow();
    }
  }
}
