package io.khabar.ingest;

import io.khabar.model.Article;
import io.khabar.enrich.Enricher;
import io.khabar.store.ArticleStorage;
import io.khabar.group.Grouper;
import io.khabar.model.PutResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams articles from files into a store. Commits every {@code commitEvery} articles, so an
 * interrupted import keeps what it committed and a rerun finds those unchanged; commits once more at
 * the end, so that when {@link #run} returns everything read is durable.
 */
public final class Importer {
  /** Reports progress: articles read so far and the file being read. */
  public interface Progress {
    void update(long articles, String origin);

    /** Articles read into a run being sorted by date (none stored from it yet), and the file being read. */
    default void sorting(long articles, String origin) {}

    Progress NONE = (n, o) -> {};
  }

  /**
   * Told after each durable commit that follows new reading: {@code articles} read so far (in reading
   * order, counting unchanged ones) are all in the store, the last of them being {@code lastId}.
   */
  public interface CommitListener {
    void committed(long articles, String lastId);

    CommitListener NONE = (n, id) -> {};
  }

  private final ArticleStorage store;
  private final Grouper grouper;
  private final int commitEvery;
  private final Progress progress;
  private final Consumer<String> onSkip;
  private final Enricher enricher;
  private CommitListener onCommit = CommitListener.NONE;
  private long commitIntervalNanos; // 0: commits by count only
  private int threads; // 0: from the cores
  private int dateOrderWindow = DATE_ORDER_WINDOW;

  /** Files are grouped in runs of this many articles sorted by date ({@link DateOrderWindow}). */
  public static final int DATE_ORDER_WINDOW = 100_000;
  /** ... or of this many bytes of them compressed, whichever is reached first (ANT, 31.5k articles: ~75 MB). */
  static final long DATE_ORDER_BYTES = 96L << 20;

  /**
   * How many articles read from files are sorted by date before grouping (1: none, grouped as read). Larger
   * runs read stories back from the store less often on inputs in no date order, and hold more in memory.
   */
  public Importer dateOrderWindow(int articles) {
    this.dateOrderWindow = Math.max(1, articles);
    return this;
  }

  /**
   * The import's CPU budget in threads (the importing thread included): 1 enriches in turn, more lets
   * {@code threads - 1} enrich ahead (at most 3). 0, the default, enriches on a worker per core (at most 3) while
   * the importing thread groups and stores.
   */
  public Importer threads(int threads) {
    this.threads = Math.max(0, threads);
    return this;
  }

  /**
   * Also commits when this long has passed since the last commit (0: by count only). Bounds what a kill
   * costs on slow inputs, where commitEvery articles may take minutes; commits then fall at moments no
   * rerun reproduces, so the exact-resume promise of docs/durability.md needs it off.
   */
  public Importer commitInterval(java.time.Duration interval) {
    this.commitIntervalNanos = interval.toNanos();
    return this;
  }

  /** The store failed (not an input): the import stops. */
  public static final class StoreFailed extends UncheckedIOException {
    StoreFailed(IOException e) {
      super(e.getMessage() == null ? "the store failed" : e.getMessage(), e);
    }
  }

  /** An importer that enriches each new or changed article (entities, topic) before grouping and storing it. */
  public Importer(ArticleStorage store, Grouper grouper, Enricher enricher, int commitEvery, Progress progress,
      Consumer<String> onSkip) {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
    }
    this.store = store;
    this.grouper = grouper;
    this.enricher = enricher;
    this.commitEvery = commitEvery;
    this.progress = progress;
    this.onSkip = onSkip;
  }

  /** An importer without enrichment. */
  public Importer(ArticleStorage store, Grouper grouper, int commitEvery, Progress progress, Consumer<String> onSkip) {
    this(store, grouper, Enricher.NONE, commitEvery, progress, onSkip);
  }

  /** Whom to tell after each durable commit (the CLI's {@code --ack}). */
  public Importer onCommit(CommitListener listener) {
    this.onCommit = listener;
    return this;
  }

  /** An importer without duplicate or story grouping. */
  public Importer(ArticleStorage store) {
    this(store, Grouper.NONE, 10_000, Progress.NONE, m -> {});
  }

  public Importer(ArticleStorage store, Grouper grouper) {
    this(store, grouper, 10_000, Progress.NONE, m -> {});
  }

  public ImportSummary run(List<Path> paths) throws IOException {
    ImportSummary summary = new ImportSummary();
    ArticleFiles files = new ArticleFiles();
    // Runs no longer than a commit's count, so commits by count fall at their ends and acknowledge them whole.
    int run = Math.min(dateOrderWindow, commitEvery);
    try (Sink sink = new Sink(summary, run > 1 ? new DateOrderWindow(run, DATE_ORDER_BYTES) : null)) {
      for (Path p : paths) {
        // A file that cannot be read (missing, truncated archive, I/O error) is reported; the others go on.
        files.readReporting(p, sink);
      }
      sink.finish();
    }
    return summary;
  }

  /** Gives articles to an import as a reader does (e.g. a crawl pass); may throw what the producer throws. */
  @FunctionalInterface
  public interface Producer {
    void produce(ArticleSink sink) throws IOException, InterruptedException;
  }

  /**
   * Imports what a producer gives, through the same steps as files (grouping, periodic commits,
   * skipped records reported), and commits at the end, also when the producer fails or is interrupted.
   */
  public ImportSummary importFrom(Producer producer) throws IOException, InterruptedException {
    ImportSummary summary = new ImportSummary();
    // In arrival order: a producer (a crawl pass) gives articles over minutes, and they must not wait.
    try (Sink sink = new Sink(summary, null)) {
      try {
        producer.produce(sink);
      } finally {
        sink.finish();
      }
    }
    return summary;
  }

  /** A sorted run handed on: how many of its articles are still to store, and its last id in reading order. */
  private static final class Run {
    int left;
    final String lastReadId;

    Run(int left, String lastReadId) {
      this.left = left;
      this.lastReadId = lastReadId;
    }
  }

  /**
   * Takes articles in reading order, or in runs of it sorted by date when given a window. With enrichment
   * on, each is enriched ahead on another core ({@link EnrichAhead}) and grouped and stored when its turn
   * comes, so the order of puts, skips and commits is exactly that of reading (of the sorted runs).
   */
  private final class Sink implements ArticleSink, AutoCloseable {
    private final ImportSummary summary;
    private final EnrichAhead ahead = new EnrichAhead(enricher, threads, grouper::prepare);
    private final DateOrderWindow window; // null: in reading order
    /** Runs handed on but not all stored yet. */
    private final java.util.ArrayDeque<Run> runs = new java.util.ArrayDeque<>();
    /** Articles of the runs wholly stored, in reading order: what an acknowledgement may count. */
    private long settled;
    private String settledLastId;
    private long sinceCommit;
    private String lastId;
    private long acknowledged;
    private long lastCommit = System.nanoTime();

    Sink(ImportSummary summary, DateOrderWindow window) {
      this.summary = summary;
      this.window = window;
    }

    @Override
    public void accept(Article read, String origin) {
      Article article = RecordLimits.clean(read);
      String problem = RecordLimits.problem(article);
      if (problem != null) {
        take(ahead.addSkip(origin, problem));
      } else if (window == null) {
        hand(article, origin);
      } else {
        boolean full = window.add(article, origin);
        progress.sorting(window.size(), origin);
        if (full) {
          flushWindow();
        }
      }
    }

    private void hand(Article article, String origin) {
      // Unchanged articles are not enriched ahead (a re-import stays cheap); their turn checks again.
      take(ahead.add(article, origin, ahead.enriches() && !isUnchanged(article)));
    }

    /** Hands on the window's run oldest first, noting where it ends in reading order. */
    private void flushWindow() {
      List<DateOrderWindow.Item> run = window.drain();
      if (run.isEmpty()) {
        return;
      }
      DateOrderWindow.Item lastRead = run.stream().max(java.util.Comparator.comparingLong(DateOrderWindow.Item::seq)).get();
      runs.addLast(new Run(run.size(), lastRead.id()));
      for (DateOrderWindow.Item i : run) {
        hand(i.article(), i.origin());
      }
    }

    @Override
    public void skip(String origin, String reason) {
      take(ahead.addSkip(origin, reason));
    }

    @Override
    public void unreadable(String file, String reason) {
      summary.unreadable(file, reason);
      onSkip.accept(file + ": cannot be read: " + reason);
    }

    /** Stores every record still waiting, then commits: what ends every import. */
    void finish() throws IOException {
      if (window != null) {
        flushWindow();
      }
      for (EnrichAhead.Pending p = ahead.next(); p != null; p = ahead.next()) {
        take(p);
      }
      commit();
    }

    private void take(EnrichAhead.Pending p) {
      if (p == null) {
        return; // nothing due yet
      }
      if (p.problem() != null) {
        summary.skipped(p.origin(), p.problem());
        onSkip.accept(p.origin() + ": " + p.problem());
      } else {
        store(p);
      }
    }

    private void store(EnrichAhead.Pending p) {
      Article article = p.article();
      try {
        // An unchanged article keeps its grouping and enrichment: only new or changed ones are enriched and grouped.
        summary.count(store.isUnchanged(article) ? PutResult.UNCHANGED : putNew(enriched(p)));
        lastId = article.id();
        settle();
        // Commits fall every commitEvery articles *read*, unchanged ones included, so a rerun after a
        // crash commits at the same places as the interrupted run did (docs/durability.md).
        if (++sinceCommit >= commitEvery
            || (commitIntervalNanos > 0 && System.nanoTime() - lastCommit >= commitIntervalNanos)) {
          commit();
        }
      } catch (IOException e) {
        throw new StoreFailed(e); // the store failing is not a bad record: stop the import
      }
      progress.update(summary.read(), p.origin());
    }

    /** Counts a stored article against its run; a run wholly stored settles, in reading order. */
    private void settle() {
      if (window == null) {
        settled = summary.read();
        settledLastId = lastId;
        return;
      }
      Run run = runs.peekFirst();
      if (--run.left == 0) {
        runs.removeFirst();
        settled = summary.read();
        settledLastId = run.lastReadId;
      }
    }

    /** Enriched ahead if it was, else here (an article found changed only when its turn came). */
    private Article enriched(EnrichAhead.Pending p) {
      return p.enriched() != null ? p.awaitEnriched() : enricher.enrich(p.article());
    }

    private boolean isUnchanged(Article article) {
      try {
        return store.isUnchanged(article);
      } catch (IOException e) {
        throw new StoreFailed(e);
      }
    }

    private PutResult putNew(Article article) throws IOException {
      return store.put(article, grouper.group(article));
    }

    @Override
    public void close() {
      ahead.close();
      if (window != null) {
        window.close();
      }
    }

    void commit() throws IOException {
      store.commit();
      grouper.committed();
      sinceCommit = 0;
      lastCommit = System.nanoTime();
      // Only whole runs count: within a run sorted by date, the articles stored are not a prefix of reading.
      if (settled > acknowledged) { // not again for the final commit right after one, nor for none read
        acknowledged = settled;
        onCommit.committed(acknowledged, settledLastId);
      }
    }
  }
}
