package io.khabar.lab.harden;

import io.khabar.lab.bench.KhabarJvm;
import io.khabar.Khabar;
import io.khabar.lab.bench.Benchmark;
import io.khabar.lab.bench.Stats;
import io.khabar.lab.eval.BenchmarksDoc;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.model.Headline;
import io.khabar.cli.SamplePictures;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.web.pages.Links;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./khabar bench --only load}: the whole ANT corpus in the embedded store, {@code serve} in a
 * child JVM on 127.0.0.1, and {@link OpenLoad} at rising rates on the article page, the related API
 * and the search API; then the same at 1,000 req/s while {@code import} adds SaudiNewsNet beside it.
 * The machine's load average is recorded with the figures, since other work on it moves them.
 */
public final class LoadBenchmark {
  private static final Pattern ADDRESS = Pattern.compile("Khabar is serving (\\d+) articles at (http://\\S+/)");

  /** One kind of request: its name and how an article headline becomes a URL path. */
  record Target(String id, String name, Function<Headline, String> path) {}

  /** The demo's pictures: ANT has none, and the sample's belong to ANT articles, so they are installed as demo does. */
  private static final List<String> PICTURES = SamplePictures.ids();

  static final List<Target> TARGETS = List.of(
      new Target("article", "article page `/articles/{id}`", h -> Links.article(h.id())),
      new Target("related", "related API `/api/articles/{id}/related`",
          h -> "/api/articles/" + Links.encode(h.id()) + "/related"),
      new Target("home", "home page `/` (top stories)", h -> "/"),
      new Target("thumbnail", "thumbnail `/pictures/{id}`",
          h -> "/pictures/" + Links.encode(PICTURES.get(Math.floorMod(h.id().hashCode(), PICTURES.size())))),
      // Last: search cannot keep up with 1,000 req/s on 2 cores, and the backlog an overloaded row leaves in the
      // server outlasts what settle() can see (a home row after it had 1.9 s medians, alone 2 ms).
      new Target("search", "search API `/api/search?q=`", h -> "/api/search?q=" + Links.encode(firstWords(h.title()))));

  private final Path ant;
  private final Path saudiNewsNet;
  private final Path work;
  private final List<Integer> rates;
  private final double seconds;
  private final int besideRate;
  private final PrintStream log;
  private List<Target> targets = TARGETS;

  public LoadBenchmark(Path ant, Path saudiNewsNet, Path work, List<Integer> rates, double seconds, PrintStream log) {
    this.ant = ant;
    this.saudiNewsNet = saudiNewsNet;
    this.work = work;
    this.rates = rates;
    this.seconds = seconds;
    this.besideRate = rates.contains(1000) ? 1000 : rates.get(rates.size() - 1);
    this.log = log;
  }

  /** The ids of every endpoint measured by default, in their order. */
  public static List<String> endpoints() {
    return TARGETS.stream().map(Target::id).toList();
  }

  /** Measures these endpoints only (ids of {@link #TARGETS}), in this order: to look at one closely. */
  public LoadBenchmark only(List<String> ids) {
    List<Target> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(TARGETS.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() ->
          new IllegalArgumentException("no endpoint " + id + "; there are " + endpoints())));
    }
    this.targets = List.copyOf(chosen);
    return this;
  }

  /**
   * The section and its figures: per run ({@code alone}, {@code beside} an import), endpoint and rate the achieved
   * rate, latency percentiles and errors. All depend on what else the machine does.
   */
  public Report run() throws Exception {
    Path data = work.resolve("ant");
    ensureImported(data);
    if (SamplePictures.install(data) < PICTURES.size()) {
      throw new IOException("the demo sample's pictures could not all be installed");
    }
    String before = loadAverage();
    List<OpenLoad.Result> alone = new ArrayList<>();
    List<FirstViews> firstViews;
    List<Headline> sample = sample(data);
    try (Server server = Server.start(data, work.resolve("serve.log"))) {
      OpenLoad load = new OpenLoad();
      firstViews = warmUp(server, sample);
      for (Target t : targets) {
        for (int rate : rates) {
          alone.add(measured(load, server, sample, t, rate));
        }
      }
    }
    String after = loadAverage();
    List<Beside> beside = new ArrayList<>();
    for (ImportMode mode : ImportMode.values()) {
      beside.add(beside(data, sample, mode));
    }
    return report(firstViews, alone, beside, before, after);
  }

  /**
   * How the import beside the site is run: as by default (idle work), and as the default was before
   * ({@code --no-idle}: nice 10 only), the baseline that shows what idle work buys.
   */
  enum ImportMode {
    IDLE("beside", "`khabar import` as by default (idle work: Linux SCHED_IDLE)", List.of()),
    NICE("beside_nice", "`khabar import --no-idle` (nice 10 only, the earlier default)", List.of("--no-idle"));

    final String figures;
    final String label;
    final List<String> options;

    ImportMode(String figures, String label, List<String> options) {
      this.figures = figures;
      this.label = label;
      this.options = options;
    }
  }

  /** One run beside an import: its rows, the load average at its end and how many articles the import stored. */
  record Beside(ImportMode mode, List<OpenLoad.Result> rows, String loadAverage, long added) {}

  /**
   * The import beside the site sorts runs of this many articles by date (default 100,000): SaudiNewsNet's 31k
   * would otherwise all be read and sorted before the first is stored, and the site would be measured beside
   * an import that has not written yet. In runs of 2,000 it stores and commits (every 30 s) throughout, and the
   * server reopens its index as a site beside a crawl does.
   */
  static final int BESIDE_DATE_ORDER = 2000;

  /** Every endpoint at {@link #besideRate} while an import adds SaudiNewsNet to a fresh copy of the served store. */
  private Beside beside(Path data, List<Headline> sample, ImportMode mode) throws Exception {
    log.println("beside " + mode.label + ":");
    Path copy = Benchmark.fresh(work.resolve("ant-" + mode.figures));
    copyTree(data, copy);
    List<OpenLoad.Result> rows = new ArrayList<>();
    String loadAverage;
    long before = size(copy);
    try (Server server = Server.start(copy, work.resolve("serve-" + mode.figures + ".log"))) {
      OpenLoad load = new OpenLoad();
      warmUp(server, sample);
      List<String> args = new ArrayList<>(List.of("import", "--data", copy.toString(), "--quiet",
          "--date-order", String.valueOf(BESIDE_DATE_ORDER)));
      args.addAll(mode.options);
      args.add(saudiNewsNet.toString());
      Process importer = child(args, work.resolve("import-" + mode.figures + ".log"));
      try {
        for (Target t : targets) {
          rows.add(measured(load, server, sample, t, besideRate));
        }
        loadAverage = loadAverage();
      } finally {
        importer.destroy();
        importer.waitFor(60, TimeUnit.SECONDS);
      }
    }
    long added = size(copy) - before;
    log.println("  the import stored " + added + " articles meanwhile");
    return new Beside(mode, rows, loadAverage, added);
  }

  private static long size(Path data) throws IOException {
    try (LuceneStore store = LuceneStore.openReadOnly(LuceneStore.folderIn(data))) {
      return store.size();
    }
  }

  /**
   * Seconds at a row's rate before it is measured, as wrk2 calibrates for its first 10 s: a switch from the
   * warm-up (two at a time) to 1,000 req/s makes the client open its connections on demand, and a first stall
   * makes it open hundreds at once, which the next seconds spend on (2.6 s answers in a row's first 10 s, then
   * ~1 ms). A site that has been up has its connections and compiled code; the lead-in is logged, not reported.
   */
  static final double LEAD_IN_SECONDS = 10;

  private OpenLoad.Result measured(OpenLoad load, Server server, List<Headline> sample, Target t, int rate)
      throws InterruptedException {
    List<URI> urls = urls(server, sample, t);
    OpenLoad.Result leadIn = load.run(t.name(), urls, rate, Math.min(LEAD_IN_SECONDS, seconds));
    log.printf("  lead-in: p99 %.1f ms, errors %d%n", leadIn.p99(), leadIn.errors());
    OpenLoad.Result r = logged(load.run(t.name(), urls, rate, seconds));
    settle(server);
    return r;
  }

  /**
   * After an overload, waits until the server has worked off its backlog: three probes in a row answered within
   * 100 ms, a second apart (at most 3 minutes). An overloaded row (2,000 req/s) leaves tens of thousands of
   * requests queued, and the next row would measure that queue rather than its own endpoint.
   */
  private static void settle(Server server) throws InterruptedException {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    long deadline = System.nanoTime() + 180_000_000_000L;
    int fast = 0;
    while (fast < 3 && System.nanoTime() < deadline) {
      long t = System.nanoTime();
      try {
        http.send(java.net.http.HttpRequest.newBuilder(URI.create(server.base + "static/khabar.css"))
            .timeout(java.time.Duration.ofSeconds(5)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        fast = System.nanoTime() - t < 100_000_000L ? fast + 1 : 0;
      } catch (IOException e) {
        fast = 0; // still busy
      }
      Thread.sleep(1000);
    }
  }

  private OpenLoad.Result logged(OpenLoad.Result r) {
    log.printf("%s at %d/s: %.0f/s, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, errors %d%s%n", r.name(), r.rate(),
        r.throughput(), r.p50(), r.p99(), r.p999(), r.errors(), r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
    if (!r.slowSeconds().isEmpty()) {
      log.println("  seconds with an answer over 100 ms: " + r.slowSeconds());
    }
    return r;
  }

  /**
   * Every URL once, two at a time (a closed loop: never faster than the server answers), as the site's readers
   * would have viewed its pages before: related lists and story coverage are computed on a page's first view and
   * kept a few minutes (Khabar's answers). An open-model warm-up at a fixed rate would pile up first views faster
   * than they are computed and measure that backlog in the first row. The first views' latencies are reported.
   */
  private List<FirstViews> warmUp(Server server, List<Headline> sample) throws InterruptedException {
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
        .connectTimeout(java.time.Duration.ofSeconds(10)).build();
    List<FirstViews> out = new ArrayList<>();
    for (Target t : targets) {
      List<URI> distinct = urls(server, sample, t).stream().distinct().toList();
      List<Double> ms = Collections.synchronizedList(new ArrayList<>());
      java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
      List<Thread> workers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        Thread worker = new Thread(() -> {
          for (int i; (i = next.getAndIncrement()) < distinct.size(); ) {
            long t0 = System.nanoTime();
            try {
              int status = http.send(java.net.http.HttpRequest.newBuilder(distinct.get(i))
                  .timeout(java.time.Duration.ofSeconds(30)).build(),
                  java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
              if (status != 200) {
                errors.incrementAndGet();
              }
            } catch (IOException e) {
              errors.incrementAndGet();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            ms.add((System.nanoTime() - t0) / 1e6);
          }
        }, "warm-up-" + w);
        worker.start();
        workers.add(worker);
      }
      for (Thread w : workers) {
        w.join();
      }
      FirstViews f = new FirstViews(t, ms.size(), Stats.median(ms), Stats.percentile(ms, 99), errors.get());
      log.printf("%s: first views of %d URLs, two at a time: median %.1f ms, p99 %.1f ms, errors %d%n",
          t.name(), f.count(), f.p50(), f.p99(), f.errors());
      out.add(f);
    }
    return out;
  }

  /** The warm-up's first view of each distinct URL of a target. */
  record FirstViews(Target target, int count, double p50, double p99, int errors) {}


  private void ensureImported(Path data) throws Exception {
    if (Files.exists(LuceneStore.folderIn(data))) {
      try (LuceneStore store = LuceneStore.openReadOnly(LuceneStore.folderIn(data))) {
        if (store.size() > 30_000) {
          return; // imported by an earlier run
        }
      }
    }
    log.println("importing " + ant + " (once; kept in " + data + ")");
    Process p = child(List.of("import", "--data", data.toString(), "--quiet", ant.toString()), work.resolve("import.log"));
    if (p.waitFor() != 0) {
      throw new IOException("import failed, see " + work.resolve("import.log"));
    }
  }

  /** 2,000 articles drawn with a fixed seed: the URL list cycles through them. */
  private static List<Headline> sample(Path data) throws IOException {
    try (LuceneStore store = LuceneStore.openReadOnly(LuceneStore.folderIn(data))) {
      List<Headline> all = new ArrayList<>(store.allHeadlines());
      Collections.shuffle(all, new Random(42));
      return all.subList(0, Math.min(2000, all.size()));
    }
  }

  private static List<URI> urls(Server server, List<Headline> sample, Target t) {
    return sample.stream().map(h -> URI.create(server.base + t.path().apply(h).substring(1))).toList();
  }

  /** A search a reader might type: the title's first two words. */
  static String firstWords(String title) {
    String[] words = title.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(2, words.length)));
  }

  private Report report(List<FirstViews> firstViews, List<OpenLoad.Result> alone, List<Beside> beside,
                        String before, String after) {
    StringBuilder b = new StringBuilder("## Load (`./khabar bench --only load`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(" (the client); the server is `khabar serve` ")
        .append("in a child JVM (`-Xmx1g`) on 127.0.0.1, over the whole ANT corpus (")
        .append("31k articles). Open model: request i is due at i/rate and its latency counts from then, so ")
        .append("stalls are not hidden (no coordinated omission). URLs cycle through 2,000 seeded random articles ")
        .append("(search: their titles' first two words; thumbnails: the demo's six pictures, installed for their ANT ")
        .append("articles as `demo` does, so their article pages show them too). ").append(String.format("%.0f", seconds))
        .append(" s per row after a warm-up that views every URL once, two at a time (below: those first views, ")
        .append("when related lists and coverage are computed), and each row after a lead-in of ")
        .append(String.format("%.0f", Math.min(LEAD_IN_SECONDS, seconds)))
        .append(" s at its rate that is not counted (as wrk2's calibration: the client opens its connections). Errors = non-200, timeouts (10 s) and requests not sent ")
        .append("because 4,000 were in flight. Goal: article page p99 ≤ 50 ms at 1,000 req/s, no errors.\n\n");
    b.append("Load average (1/5/15 min) before: ").append(before).append("; after: ").append(after);
    for (Beside run : beside) {
      b.append("; at the end of the run beside ").append(run.mode().label).append(": ").append(run.loadAverage());
    }
    b.append(". The client, the server and other work share 2 cores: **re-run on a quiet machine** for ")
        .append("figures to compare.\n\n");
    b.append("| first view (warm-up) | URLs | p50 ms | p99 ms | errors |\n|---|---|---|---|---|\n");
    for (FirstViews f : firstViews) {
      b.append(String.format(java.util.Locale.ROOT, "| %s | %d | %.1f | %.1f | %d |%n", f.target().name(), f.count(),
          f.p50(), f.p99(), f.errors()));
    }
    b.append("\n");
    table(b, alone);
    for (Beside run : beside) {
      b.append("\nAt ").append(besideRate).append(" req/s while ").append(run.mode().label)
          .append(" adds the SaudiNewsNet zips (31k new articles, grouping on, `--date-order ").append(BESIDE_DATE_ORDER)
          .append("` so that it writes from the start) to the store being served (a fresh copy of the one above); it ")
          .append("stored ").append(run.added()).append(" articles while the rows ran:\n\n");
      table(b, run.rows());
    }
    Figures f = new Figures();
    for (FirstViews v : firstViews) {
      f.put("first_view." + v.target().id() + ".p50_ms", v.p50(), 1).put("first_view." + v.target().id() + ".p99_ms", v.p99(), 1)
          .count("first_view." + v.target().id() + ".errors", v.errors());
    }
    figures(f, "alone", alone);
    for (Beside run : beside) {
      figures(f, run.mode().figures, run.rows());
      f.count(run.mode().figures + ".import_added", run.added());
    }
    return f.report(b.toString());
  }

  private static void figures(Figures f, String run, List<OpenLoad.Result> rows) {
    for (OpenLoad.Result r : rows) {
      String id = run + "." + TARGETS.stream().filter(t -> t.name().equals(r.name())).findFirst().orElseThrow().id()
          + "." + r.rate() + ".";
      f.put(id + "achieved_per_s", r.throughput(), 0).put(id + "p50_ms", r.p50(), 1).put(id + "p99_ms", r.p99(), 1)
          .put(id + "p999_ms", r.p999(), 1).put(id + "max_ms", r.max(), 0).count(id + "errors", r.errors())
          .count(id + "sent", r.sent());
    }
  }

  private static void table(StringBuilder b, List<OpenLoad.Result> rows) {
    b.append("| endpoint | target req/s | achieved req/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |\n");
    b.append("|---|---|---|---|---|---|---|---|\n");
    for (OpenLoad.Result r : rows) {
      b.append(String.format("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.0f | %d of %d |%n", r.name(), r.rate(),
          r.throughput(), r.p50(), r.p99(), r.p999(), r.max(), r.errors(), r.sent()));
    }
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, q);
        }
      }
    }
  }

  static Process child(List<String> args, Path output) throws IOException {
    Files.createDirectories(output.getParent());
    return new ProcessBuilder(KhabarJvm.command(List.of("-Xmx1g"), args)).redirectErrorStream(true).redirectOutput(output.toFile()).start();
  }

  /** {@code khabar serve} in a child JVM, on a free port of 127.0.0.1. */
  static final class Server implements AutoCloseable {
    final Process process;
    final String base;

    private Server(Process process, String base) {
      this.process = process;
      this.base = base;
    }

    static Server start(Path data, Path logFile) throws IOException, InterruptedException {
      List<String> cmd = KhabarJvm.command(List.of("-Xmx1g"),
          List.of("serve", "--data", data.toString(), "--host", "127.0.0.1", "--port", "0"));
      Process p = new ProcessBuilder(cmd).redirectError(logFile.toFile()).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      for (String line; (line = out.readLine()) != null; ) {
        Matcher m = ADDRESS.matcher(line);
        if (m.find()) {
          Thread drain = new Thread(() -> {
            try {
              out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
              // the server stopped
            }
          });
          drain.setDaemon(true);
          drain.start();
          return new Server(p, m.group(2));
        }
      }
      p.destroyForcibly();
      throw new IOException("serve did not start, see " + logFile);
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
