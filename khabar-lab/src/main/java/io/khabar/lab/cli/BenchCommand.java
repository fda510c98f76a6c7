package io.khabar.lab.cli;

import io.khabar.cli.UsageException;

import io.khabar.lab.bench.Benchmark;
import io.khabar.lab.bench.GroupingBenchmark;
import io.khabar.lab.eval.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure speed and memory against plain Lucene baselines and write the figures to docs/benchmarks.md: "
        + "import throughput, peak heap and related-articles latency (speed); grouping on vs off and the cost per "
        + "article at 31k vs 310k articles (grouping, ~30 min).",
        "Example: ./khabar bench --only speed --rounds 3"})
final class BenchCommand implements Callable<Integer> {
  private static final List<String> PARTS = List.of("speed", "grouping", "solr", "enrichment", "crash", "load", "fuzz", "hostile");

  @Mixin MeasureOptions options;

  @Option(names = "--work", defaultValue = "target/bench", description = "Scratch folder (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--only", description = "Run one part: speed, grouping, solr, enrichment, crash, load, fuzz or hostile (default: speed and grouping).")
  String only;

  @Option(names = "--solr-url", description = "SolrCloud node URL(s) for the solr part (start a test cluster: docs/scale-out.md).")
  String solrUrl;

  @Option(names = "--solr-articles", defaultValue = "3000", description = "ANT articles for the solr part (default: ${DEFAULT-VALUE}).")
  int solrArticles;

  @Option(names = "--trials", defaultValue = "50", description = "crash: seeded SIGKILL trials (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--seconds", defaultValue = "60", description = "load: seconds per rate and endpoint (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--rates", defaultValue = "250,500,1000,2000", split = ",",
      description = "load: request rates per second (default: ${DEFAULT-VALUE}).")
  List<Integer> rates;

  @Override
  public Integer call() throws Exception {
    if ("crawl".equals(only)) { // needs no shared data: the demo sample on a loopback fake web
      options.write("crawl", new io.khabar.lab.bench.CrawlBenchmark(work, rounds, System.err).run());
      return 0;
    }
    SharedData data = options.data();
    if (only != null && !PARTS.contains(only)) {
      throw new UsageException("--only must be one of " + PARTS);
    }
    if (only == null || only.equals("speed")) {
      options.write("bench", new Benchmark(data, work, rounds, System.err).run());
    }
    if (only == null || only.equals("grouping")) {
      options.write("grouping", new GroupingBenchmark(data, work, System.err).run());
    }
    if ("solr".equals(only) || (only == null && solrUrl != null)) {
      if (solrUrl == null) {
        throw new UsageException("--only solr needs --solr-url URL of a SolrCloud with Khabar's plugin jar (docs/scale-out.md)");
      }
      java.util.List<io.khabar.model.Article> ant = data.antArticles();
      options.write("solr", new io.khabar.lab.bench.SolrBenchmark(ant.subList(0, Math.min(solrArticles, ant.size())),
          io.khabar.solr.SolrTarget.solr(solrUrl, null), work.resolve("solr"), 300, System.err).run());
    }
    if (only == null || only.equals("enrichment")) {
      options.write("enrichment", new io.khabar.lab.bench.EnrichmentBenchmark(data, work, rounds, System.err).run());
    }
    if ("crash".equals(only)) {
      Path corpus = io.khabar.lab.harden.SampleCorpus.firstArticles(400, work.resolve("crash/corpus.jsonl"));
      io.khabar.lab.harden.CrashTrials crash = new io.khabar.lab.harden.CrashTrials(
          new io.khabar.lab.harden.CrashTrials.Config(corpus, 40, trials, 3, 2026, work.resolve("crash")), System.err);
      options.write("crash", crash.markdown(crash.run(), "./khabar bench --only crash --trials " + trials));
    }
    if ("load".equals(only)) {
      options.write("load", new io.khabar.lab.harden.LoadBenchmark(data.antTarball(), data.saudiNewsNet(),
          work.resolve("load"), rates, seconds, System.err).run());
    }
    if ("hostile".equals(only)) {
      options.write("hostile", new io.khabar.lab.harden.HostileBenchmark(work.resolve("hostile")).run());
    }
    if ("fuzz".equals(only)) {
      options.write("fuzz", io.khabar.lab.harden.FuzzFigures.markdown(Path.of(".")));
    }
    return 0;
  }
}
