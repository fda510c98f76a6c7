package io.khabar.lab.bench;

import io.khabar.Ingestion;

import io.khabar.model.Article;
import io.khabar.enrich.Enricher;
import io.khabar.lab.eval.BenchmarksDoc;
import io.khabar.lab.eval.SharedData;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What enrichment costs at import: the same articles imported (grouping on, as `khabar import` does)
 * with {@link Enricher#standard()} and with no enrichment, rounds alternating so that both see the same
 * machine noise; medians. The articles' categories are removed so that every one is classified, as
 * SaudiNewsNet, JSONL without category and crawled pages are (an ANT article's category gives its
 * topic for free).
 */
public final class EnrichmentBenchmark {
  /** The oldest ANT articles: enough for a stable rate, small enough for several rounds. */
  static final int ARTICLES = 4_000;

  private final SharedData data;
  private final Path work;
  private final int rounds;
  private final PrintStream log;

  public EnrichmentBenchmark(SharedData data, Path work, int rounds, PrintStream log) {
    this.data = data;
    this.work = work;
    this.rounds = rounds;
    this.log = log;
  }

  /** The section and its figures: both import rates and their ratio, enrichment alone, the entities found. */
  public Report run() throws IOException {
    List<Article> articles = uncategorized(data.antArticles());
    Enricher enricher = Enricher.standard();
    importRate(articles.subList(0, 500), enricher, "warm-up"); // JIT and model loading out of the measure
    List<Double> on = new ArrayList<>();
    List<Double> off = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      off.add(importRate(articles, Enricher.NONE, "off"));
      on.add(importRate(articles, enricher, "on"));
    }
    EnrichOnly enrichOnly = enrichRate(articles, enricher);
    return report(articles.size(), Stats.median(on), Stats.median(off), enrichOnly);
  }

  /** The {@link #ARTICLES} oldest articles without their categories, so that every one is classified. */
  static List<Article> uncategorized(List<Article> ant) {
    List<Article> out = new ArrayList<>();
    ant.stream()
        .sorted(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id))
        .limit(ARTICLES)
        .forEach(a -> out.add(new Article(a.id(), a.url(), a.source(), a.title(), a.text(), a.published(), a.author(), "")));
    return out;
  }

  private double importRate(List<Article> articles, Enricher enricher, String name) throws IOException {
    Path dir = Benchmark.fresh(work.resolve("enrichment-" + name));
    long t = System.nanoTime();
    try (LuceneStore store = LuceneStore.open(dir)) {
      // The importer `khabar import` runs: it enriches ahead on another core while it groups and stores.
      Ingestion.into(store).enricher(enricher).build().importArticles(articles, "bench");
    }
    double rate = articles.size() / ((System.nanoTime() - t) / 1e9);
    log.printf(Locale.ROOT, "bench: enrichment %s: %.0f articles/s%n", name, rate);
    return rate;
  }

  /** Enrichment alone: articles per second, and how many entities it found. */
  private record EnrichOnly(double rate, long entities) {}

  /** Enrichment alone, no store, one thread. */
  private EnrichOnly enrichRate(List<Article> articles, Enricher enricher) {
    long t = System.nanoTime();
    long topics = 0;
    long entities = 0;
    for (Article a : articles) {
      Article e = enricher.enrich(a);
      topics += e.topic().isEmpty() ? 0 : 1;
      entities += e.entities().size();
    }
    double rate = articles.size() / ((System.nanoTime() - t) / 1e9);
    log.printf(Locale.ROOT, "bench: enrichment alone: %.0f articles/s (%d with a topic, %d entities)%n", rate, topics,
        entities);
    return new EnrichOnly(rate, entities);
  }

  private Report report(int n, double on, double off, EnrichOnly enrichOnly) {
    double cost = 1 - on / off;
    StringBuilder b = new StringBuilder();
    b.append("## Enrichment cost (`./khabar bench --only enrichment`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    b.append(String.format(Locale.ROOT, "Import of the %d oldest ANT articles, their categories removed so that every "
        + "one is classified, grouping on, through the importer `khabar import` uses (it enriches ahead on a worker per "
        + "core while it groups and stores in reading order, `EnrichAhead`), from memory; median of %d rounds, on and "
        + "off alternating. "
        + "Entity finder: the one `Enricher.standard()` wires in; it found %d entities in these articles.%n%n", n, rounds,
        enrichOnly.entities()));
    b.append("| measure | enrichment on | enrichment off | ratio |\n|---|---|---|---|\n");
    b.append(String.format(Locale.ROOT, "| import (articles/s) | %.0f | %.0f | %.2f× |%n", on, off, on / off));
    b.append(String.format(Locale.ROOT, "| enrichment alone, no store (articles/s; ms per article) | %.0f; %.2f ms | – | – |%n",
        enrichOnly.rate(), 1000 / enrichOnly.rate()));
    double direct = (1000 / enrichOnly.rate()) / (1000 / off); // enrichment's time per article over an import's without it
    int cores = Runtime.getRuntime().availableProcessors();
    b.append(String.format(Locale.ROOT, "%nEnrichment costs %.0f%% of the import rate (on vs off; goal ≤ 40%%)%s. "
        + "Measured directly, enriching an article alone (one thread) takes %.0f%% of the time an import without "
        + "enrichment spends per article: done in line it would cost about that much, which is why it runs ahead on "
        + "the other cores. Even spread perfectly over the %d cores, the import with enrichment could reach at most "
        + "%.2f× the rate without it (%d / (1 + %.2f)).%n", 100 * cost, cost < 0 ? ": no measurable cost, the "
        + "difference is the noise of a shared machine" : "", 100 * direct, cores, Math.min(1, cores / (1 + direct)),
        cores, direct));
    return new Figures().count("articles", n).count("entities", enrichOnly.entities())
        .put("import.on_per_s", on, 0).put("import.off_per_s", off, 0).put("import.ratio", on / off, 2)
        .put("enrich_only.per_s", enrichOnly.rate(), 0).put("enrich_only.ms", 1000 / enrichOnly.rate(), 2)
        .put("cost_pct", 100 * cost, 0).put("direct_pct", 100 * direct, 0).report(b.toString());
  }
}
