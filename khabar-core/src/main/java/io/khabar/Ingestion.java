package io.khabar;

import io.khabar.dedup.DuplicateFinder;
import io.khabar.dedup.NearDuplicates;
import io.khabar.enrich.Enricher;
import io.khabar.group.ArticleGrouper;
import io.khabar.group.Grouper;
import io.khabar.ingest.ImportChain;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import io.khabar.ingest.web.HttpFetcher;
import io.khabar.ingest.web.WebIngest;
import io.khabar.model.Article;
import io.khabar.store.ArticleStore;
import io.khabar.text.BackgroundFrequencies;
import io.khabar.text.KhabarAnalyzer;
import io.khabar.story.StoryAssigner;
import io.khabar.story.StoryConfig;
import io.khabar.story.StoryRebuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The writing side of Khabar in one object, and the one place an import chain is assembled: each new or
 * changed article is cleaned, enriched (entities, topic), grouped (copies, then stories) and stored, with
 * periodic commits. Files, crawls, the demo and the benchmarks all import through it.
 *
 * <pre>
 * Ingestion in = Ingestion.into(store).build();          // enrichment and grouping on
 * in.importFiles(List.of(Path.of("ant.tar.gz")));
 * </pre>
 */
public final class Ingestion implements ImportChain {
  /**
   * A file import commits this often by default (docs/durability.md); it also bounds the runs of a file sorted
   * by date before grouping ({@link Importer#dateOrderWindow}), so it is as large as those.
   */
  public static final int COMMIT_EVERY = Importer.DATE_ORDER_WINDOW;

  private final ArticleStore store;
  private final boolean grouping;
  private final StoryConfig storyConfig;
  private final BackgroundFrequencies background;
  private final LongConsumer groupingTimes;
  private Enricher enricher; // loaded on first import: a restory needs no model
  private final int commitEvery;
  private final Importer.Progress progress;
  private final Consumer<String> onSkip;
  private final Importer.CommitListener onCommit;
  private final java.time.Duration commitInterval;
  private final int threads;
  private final int dateOrderWindow;

  private Ingestion(Builder b) {
    this.store = b.store;
    this.grouping = b.grouping;
    this.storyConfig = b.storyConfig;
    this.background = b.background;
    this.groupingTimes = b.groupingTimes;
    this.enricher = b.enricher;
    this.commitEvery = b.commitEvery;
    this.progress = b.progress;
    this.onSkip = b.onSkip;
    this.onCommit = b.onCommit;
    this.commitInterval = b.commitInterval;
    this.threads = b.threads;
    this.dateOrderWindow = b.dateOrderWindow;
  }

  public static Builder into(ArticleStore store) {
    return new Builder(store);
  }

  public ArticleStore store() {
    return store;
  }

  /** Imports files (ANT, SaudiNewsNet, JSONL; a folder is read file by file) with the chain's settings. */
  public ImportSummary importFiles(List<Path> paths) throws IOException {
    return importer(commitEvery, progress, onSkip).onCommit(onCommit).commitInterval(commitInterval).threads(threads)
        .dateOrderWindow(dateOrderWindow).run(paths);
  }

  /** Imports what a producer gives (e.g. a crawl pass) with the chain's settings. */
  public ImportSummary importFrom(Importer.Producer producer) throws IOException, InterruptedException {
    return importer(commitEvery, progress, onSkip).onCommit(onCommit).commitInterval(commitInterval).threads(threads).importFrom(producer);
  }

  /** Imports articles already in memory (tests, evaluation, benchmarks), in the given order. */
  public ImportSummary importArticles(List<Article> articles, String origin) throws IOException {
    try {
      return importFrom(sink -> articles.forEach(a -> sink.accept(a, origin)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("import interrupted");
    }
  }

  /** An importer of this chain with its own batch size and reporting. */
  @Override
  public Importer importer(int commitEvery, Importer.Progress progress, Consumer<String> onSkip) {
    return new Importer(store, grouper(), enricher(), commitEvery, progress, onSkip);
  }

  private synchronized Enricher enricher() {
    if (enricher == null) {
      enricher = Enricher.standard();
    }
    return enricher;
  }

  /** Web ingestion (crawl, fetch, re-extraction) into this chain's store, grouped and enriched alike. */
  public WebIngest web(Path dataDir, HttpFetcher fetcher, Clock clock, Consumer<String> log) {
    return new WebIngest(dataDir, this, fetcher, clock, log);
  }

  /** Rebuilds every story oldest first (duplicate groups stay); returns the number of stories. */
  public int restory(LongConsumer progress) throws IOException {
    return new StoryRebuilder(store, stories()).rebuild(progress);
  }

  /** A grouper per import: it keeps in memory what the store's searches do not see yet. */
  private Grouper grouper() {
    if (!grouping) {
      return Grouper.NONE;
    }
    Grouper g = new ArticleGrouper(new DuplicateFinder(store, NearDuplicates.defaults()), stories());
    return groupingTimes == null ? g : timed(g, groupingTimes);
  }

  private static Grouper timed(Grouper g, LongConsumer nanos) {
    return new Grouper() {
      @Override
      public io.khabar.model.Grouping group(Article a) throws IOException {
        long t = System.nanoTime();
        try {
          return g.group(a);
        } finally {
          nanos.accept(System.nanoTime() - t);
        }
      }

      @Override
      public void committed() {
        g.committed();
      }

      @Override
      public void prepare(Article a) {
        g.prepare(a); // untimed: it runs ahead, on the enrichment workers
      }
    };
  }

  private StoryAssigner stories() {
    return new StoryAssigner(store, KhabarAnalyzer.create(), storyConfig, background);
  }

  /** The chain's settings; enrichment and grouping are on unless turned off. */
  public static final class Builder {
    private final ArticleStore store;
    private boolean grouping = true;
    private StoryConfig storyConfig = StoryConfig.defaults();
    private BackgroundFrequencies background = BackgroundFrequencies.shipped();
    private LongConsumer groupingTimes;
    private Enricher enricher;
    private int commitEvery = COMMIT_EVERY;
    private Importer.Progress progress = Importer.Progress.NONE;
    private Consumer<String> onSkip = m -> { };
    private Importer.CommitListener onCommit = Importer.CommitListener.NONE;
    private java.time.Duration commitInterval = java.time.Duration.ZERO;
    private int threads;
    private int dateOrderWindow = Importer.DATE_ORDER_WINDOW;

    private Builder(ArticleStore store) {
      this.store = store;
    }

    /** Every article alone: no duplicate groups, no stories. */
    public Builder withoutGrouping() {
      grouping = false;
      return this;
    }

    public Builder withGrouping(boolean on) {
      grouping = on;
      return this;
    }

    /** No entities and no topic (they are derived from the text: a later import with enrichment adds them). */
    public Builder withoutEnrichment() {
      return enricher(Enricher.NONE);
    }

    /** Another enricher than the shipped models (tests, benchmarks). */
    public Builder enricher(Enricher e) {
      enricher = e;
      return this;
    }

    /** Other story settings than the defaults (evaluation sweeps). */
    public Builder storyConfig(StoryConfig c) {
      storyConfig = c;
      return this;
    }

    /** Other background frequencies for story grouping than the shipped ones (ablations: {@code none()}). */
    public Builder storyBackground(BackgroundFrequencies b) {
      background = b;
      return this;
    }

    /** Receives the time each article's grouping took, in nanoseconds (the grouping benchmark). */
    public Builder groupingTimes(LongConsumer nanos) {
      groupingTimes = nanos;
      return this;
    }

    public Builder commitEvery(int n) {
      commitEvery = n;
      return this;
    }

    /** Files are grouped in chunks of this many articles sorted by date (1: as read); see {@link Importer#dateOrderWindow}. */
    public Builder dateOrderWindow(int n) {
      dateOrderWindow = n;
      return this;
    }

    /** The import's CPU budget in threads (0: from the cores); see {@link Importer#threads}. */
    public Builder threads(int n) {
      threads = n;
      return this;
    }

    /** Also commit when this long has passed since the last commit (zero, the default: by count only). */
    public Builder commitInterval(java.time.Duration d) {
      commitInterval = d;
      return this;
    }

    public Builder progress(Importer.Progress p) {
      progress = p;
      return this;
    }

    public Builder onSkip(Consumer<String> c) {
      onSkip = c;
      return this;
    }

    public Builder onCommit(Importer.CommitListener l) {
      onCommit = l;
      return this;
    }

    public Ingestion build() {
      return new Ingestion(this);
    }
  }
}
