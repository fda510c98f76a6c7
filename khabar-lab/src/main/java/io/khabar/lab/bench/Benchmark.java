package io.khabar.lab.bench;

import io.khabar.model.Article;
import io.khabar.lab.eval.BenchmarksDoc;
import io.khabar.lab.eval.SharedData;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.relate.RelatedConfig;
import io.khabar.relate.RelatedFinder;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.lab.baseline.MoreLikeThisBaseline;
import io.khabar.text.KhabarAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Speed figures, each beside its baseline measured in the same run: import throughput (Khabar's
 * store vs plain Lucene with ArabicAnalyzer, same texts, same single indexing thread), peak heap of
 * a real import under -Xmx512m, and related-articles latency (Khabar vs MoreLikeThis).
 */
public final class Benchmark {
  private final SharedData data;
  private final Path work;
  private final int rounds;
  private final PrintStream log;

  public Benchmark(SharedData data, Path work, int rounds, PrintStream log) {
    this.data = data;
    this.work = work;
    this.rounds = rounds;
    this.log = log;
  }

  /** The section and its figures: rates and latencies of both sides with their ratios, and the child import's. */
  public Report run() throws Exception {
    List<Article> articles = data.antArticles();
    log.println("bench: " + articles.size() + " ANT articles in memory");
    List<Double> ours = new ArrayList<>();
    List<Double> plain = new ArrayList<>();
    Path oursDir = work.resolve("khabar");
    for (int r = 0; r <= rounds; r++) { // round 0 warms up the JIT for both sides and is not counted
      double o = rate(articles.size(), () -> indexOurs(articles, oursDir));
      double p = rate(articles.size(), () -> PlainLuceneIndexer.index(articles, fresh(work.resolve("plain"))));
      log.printf("bench: round %d: khabar %.0f/s, plain %.0f/s%s%n", r, o, p, r == 0 ? " (warm-up)" : "");
      if (r > 0) {
        ours.add(o);
        plain.add(p);
      }
    }
    String heap = childImport();
    Latency latency = latency(oursDir, articles);
    return report(articles.size(), ours, plain, heap, latency);
  }

  private interface Work {
    void run() throws Exception;
  }

  private static double rate(int n, Work w) throws Exception {
    System.gc();
    long t = System.nanoTime();
    w.run();
    return n / ((System.nanoTime() - t) / 1e9);
  }

  private static void indexOurs(List<Article> articles, Path dir) throws IOException {
    try (LuceneStore store = LuceneStore.open(fresh(dir))) {
      for (Article a : articles) {
        store.put(a);
      }
      store.commit();
    }
  }

  /** {@code dir}, emptied (or created): a clean folder for one round or run. */
  public static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }

  /** A real `khabar import` of both shared corpora in a child JVM limited to 512 MB of heap. */
  private String childImport() throws Exception {
    Path dataDir = fresh(work.resolve("child"));
    List<String> cmd = KhabarJvm.command(List.of("-Xmx512m"), List.of("import", "--quiet", "--report-heap", "--data",
        dataDir.toString(), data.antTarball().toString(), data.saudiNewsNet().toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        out.append(line).append('\n');
      }
    }
    int exit = p.waitFor();
    log.print("bench: child import (exit " + exit + "):\n" + out);
    return out.toString().strip().replace("\n", "; ") + (exit == 0 ? "" : " (exit code " + exit + ")");
  }

  record Latency(double oursP50, double oursP99, double mltP50, double mltP99, int queries) {}

  private Latency latency(Path dir, List<Article> articles) throws IOException {
    List<String> ids = new ArrayList<>();
    Random random = new Random(42);
    for (int i = 0; i < 1000; i++) {
      ids.add(articles.get(random.nextInt(articles.size())).id());
    }
    try (LuceneStore store = LuceneStore.openReadOnly(dir)) {
      RelatedFinder finder = new RelatedFinder(store, KhabarAnalyzer.create(), RelatedConfig.defaults());
      MoreLikeThisBaseline mlt = new MoreLikeThisBaseline(store, new ArabicAnalyzer());
      List<Double> op50 = new ArrayList<>();
      List<Double> op99 = new ArrayList<>();
      List<Double> mp50 = new ArrayList<>();
      List<Double> mp99 = new ArrayList<>();
      for (int r = 0; r <= rounds; r++) { // round 0 warms up the JIT and caches, and is not counted
        double[] o = time(ids, id -> finder.related(id, 10));
        double[] m = time(ids, id -> mlt.similar(id, 10));
        if (r > 0) {
          op50.add(Stats.percentile(o, 50));
          op99.add(Stats.percentile(o, 99));
          mp50.add(Stats.percentile(m, 50));
          mp99.add(Stats.percentile(m, 99));
        }
      }
      return new Latency(Stats.median(op50), Stats.median(op99), Stats.median(mp50), Stats.median(mp99), ids.size());
    }
  }

  private interface Query {
    Object run(String id) throws IOException;
  }

  private static double[] time(List<String> ids, Query q) throws IOException {
    double[] ms = new double[ids.size()];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      q.run(ids.get(i));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    return ms;
  }

  private Report report(int n, List<Double> ours, List<Double> plain, String heap, Latency l) {
    double o = Stats.median(ours);
    double p = Stats.median(plain);
    Figures f = new Figures().count("import.articles", n).put("import.khabar_per_s", o, 0)
        .put("import.plain_per_s", p, 0).put("import.ratio", o / p, 2).count("related.queries", l.queries())
        .put("related.p50.khabar_ms", l.oursP50(), 2).put("related.p50.mlt_ms", l.mltP50(), 2)
        .put("related.p50.ratio", l.oursP50() / l.mltP50(), 2).put("related.p99.khabar_ms", l.oursP99(), 2)
        .put("related.p99.mlt_ms", l.mltP99(), 2).put("related.p99.ratio", l.oursP99() / l.mltP99(), 2);
    ImportOutput.figures(f, "child.", heap);
    StringBuilder b = new StringBuilder();
    b.append("## Speed (`./khabar bench`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(". Medians of ").append(rounds)
        .append(" rounds after a warm-up round; the two sides of each comparison run alternately in the same JVM.\n\n");
    b.append("| measure | Khabar | baseline | ratio |\n|---|---|---|---|\n");
    b.append(String.format(Locale.ROOT, "| indexing throughput, %d ANT articles in memory, one thread (articles/s) | %.0f | %.0f (plain Lucene, ArabicAnalyzer) | %.2f× |%n",
        n, o, p, o / p));
    b.append(String.format(Locale.ROOT, "| related articles p50, %d random ANT ids (ms) | %.2f | %.2f (MoreLikeThis top 10) | %.2f× |%n",
        l.queries(), l.oursP50(), l.mltP50(), l.oursP50() / l.mltP50()));
    b.append(String.format(Locale.ROOT, "| related articles p99 (ms) | %.2f | %.2f (MoreLikeThis top 10) | %.2f× |%n",
        l.oursP99(), l.mltP99(), l.oursP99() / l.mltP99()));
    b.append("\nKhabar indexes more than the baseline: term vectors for related-article scoring, doc values for dates, ")
        .append("ids and fingerprints, a content hash and a text fingerprint per article, and it looks every id up to ")
        .append("recognise an unchanged re-import.\n\n");
    b.append("Full import of both shared corpora (ANT tarball + 18 SaudiNewsNet zips) by `khabar import`, duplicate and ")
        .append("story grouping on, in a child JVM with `-Xmx512m` (peak heap sampled every 20 ms): ").append(heap).append('\n');
    return f.report(b.toString());
  }
}
