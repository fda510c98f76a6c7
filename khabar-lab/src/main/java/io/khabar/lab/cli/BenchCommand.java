package io.khabar.lab.cli;

import io.khabar.cli.UsageException;
import io.khabar.lab.bench.Benchmark;
import io.khabar.lab.bench.CrawlBenchmark;
import io.khabar.lab.bench.EnrichmentBenchmark;
import io.khabar.lab.bench.GroupingBenchmark;
import io.khabar.lab.bench.SolrBenchmark;
import io.khabar.lab.figures.Input;
import io.khabar.lab.harden.CrashTrials;
import io.khabar.lab.harden.FuzzFigures;
import io.khabar.lab.harden.HostileBenchmark;
import io.khabar.lab.harden.LoadBenchmark;
import io.khabar.lab.harden.SampleCorpus;
import io.khabar.model.Article;
import io.khabar.solr.SolrTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure speed and memory against plain Lucene baselines and write the figures to docs/benchmarks.md: "
        + "import throughput, peak heap and related-articles latency (speed); grouping on vs off and the cost per "
        + "article at 31k vs 310k articles (grouping, ~30 min); enrichment on vs off.",
        "--verify reruns and checks every figure against docs/figures/SECTION.yaml (speeds mostly as ratios or "
        + "reported only); --pin pins a run's figures there.",
        "Example: ./khabar bench --only speed --rounds 3"})
final class BenchCommand implements Callable<Integer> {
  /** The bundled demo sample the crawl and crash sections read (the jar holds a copy of this file). */
  private static final Path DEMO_SAMPLE = Path.of("khabar-app/src/main/resources/sample/ant-sample.jsonl.gz");

  @Mixin MeasureOptions options;

  @Option(names = "--work", defaultValue = "target/bench", description = "Scratch folder (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--only", description = "Run one part: speed, grouping, solr, enrichment, crash, load, fuzz, hostile or crawl (default: speed, grouping and enrichment; solr too with --solr-url).")
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

  @Option(names = "--endpoints", split = ",", description = "load: only these endpoints, in this order (default: "
      + "article, related, home, thumbnail, search).")
  List<String> endpoints;

  @Override
  public Integer call() throws Exception {
    return new SectionRunner(options).run(sections(), only);
  }

  private List<Section> sections() {
    String cmd = "./khabar bench --only ";
    String rounds = this.rounds == 3 ? "" : " --rounds " + this.rounds;
    return List.of(
        new Section("speed", "bench", cmd + "speed" + rounds, true, () -> List.of(ant(), saudiNewsNet()),
            () -> new Benchmark(options.data(), work, this.rounds, System.err).run()),
        new Section("grouping", "grouping", cmd + "grouping", true, () -> List.of(ant()),
            () -> new GroupingBenchmark(options.data(), work, System.err).run()),
        new Section("solr", "solr", cmd + "solr --solr-url URL", solrUrl != null, () -> List.of(ant()), this::solr),
        new Section("enrichment", "enrichment", cmd + "enrichment" + rounds, true, () -> List.of(ant()),
            () -> new EnrichmentBenchmark(options.data(), work, this.rounds, System.err).run()),
        new Section("crash", "crash", cmd + "crash --trials " + trials, false, () -> List.of(demoSample()), this::crash),
        new Section("load", "load", cmd + "load --rates " + rates.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + (seconds == 60 ? "" : " --seconds " + seconds)
                + (endpoints == null ? "" : " --endpoints " + String.join(",", endpoints)), false,
            () -> List.of(ant(), saudiNewsNet()), () -> new LoadBenchmark(options.data().antTarball(),
                options.data().saudiNewsNet(), work.resolve("load"), rates, seconds, System.err)
                .only(endpoints == null ? LoadBenchmark.endpoints() : endpoints).run()),
        new Section("hostile", "hostile", cmd + "hostile", false, List::of,
            () -> new HostileBenchmark(work.resolve("hostile")).run()),
        new Section("fuzz", "fuzz", "mvn -B verify, then " + cmd + "fuzz", false, List::of,
            () -> FuzzFigures.report(Path.of("."))),
        // needs no shared data: the demo sample on a loopback fake web
        new Section("crawl", "crawl", cmd + "crawl" + rounds, false, () -> List.of(demoSample()),
            () -> new CrawlBenchmark(work, this.rounds, System.err).run()));
  }

  private io.khabar.lab.figures.Report solr() throws Exception {
    if (solrUrl == null) {
      throw new UsageException("--only solr needs --solr-url URL of a SolrCloud with Khabar's plugin jar (docs/scale-out.md)");
    }
    List<Article> ant = options.data().antArticles();
    return new SolrBenchmark(ant.subList(0, Math.min(solrArticles, ant.size())), SolrTarget.solr(solrUrl, null),
        work.resolve("solr"), 300, System.err).run();
  }

  private io.khabar.lab.figures.Report crash() throws Exception {
    Path corpus = SampleCorpus.firstArticles(400, work.resolve("crash/corpus.jsonl"));
    CrashTrials crash = new CrashTrials(new CrashTrials.Config(corpus, 40, trials, 3, 2026, work.resolve("crash")), System.err);
    return crash.report(crash.run(), "./khabar bench --only crash --trials " + trials);
  }

  private Input ant() {
    return new Input("ant", options.data().antTarball());
  }

  private Input saudiNewsNet() {
    return new Input("saudinewsnet", options.data().saudiNewsNet());
  }

  private static Input demoSample() {
    return new Input("demo-sample", DEMO_SAMPLE);
  }
}
