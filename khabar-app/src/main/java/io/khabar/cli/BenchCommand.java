package io.khabar.cli;

import io.khabar.bench.Benchmark;
import io.khabar.bench.GroupingBenchmark;
import io.khabar.eval.SharedData;
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
  private static final List<String> PARTS = List.of("speed", "grouping", "crash", "load", "fuzz", "hostile");

  @Mixin MeasureOptions options;

  @Option(names = "--work", defaultValue = "target/bench", description = "Scratch folder (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--only", description = "Run one part: speed, grouping, crash, load, fuzz or hostile (default: speed and grouping).")
  String only;

  @Option(names = "--trials", defaultValue = "50", description = "crash: seeded SIGKILL trials (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--seconds", defaultValue = "60", description = "load: seconds per rate and endpoint (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--rates", defaultValue = "250,500,1000,2000", split = ",",
      description = "load: request rates per second (default: ${DEFAULT-VALUE}).")
  List<Integer> rates;

  @Override
  public Integer call() throws Exception {
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
    if ("crash".equals(only)) {
      Path corpus = io.khabar.harden.SampleCorpus.firstArticles(400, work.resolve("crash/corpus.jsonl"));
      io.khabar.harden.CrashTrials crash = new io.khabar.harden.CrashTrials(
          new io.khabar.harden.CrashTrials.Config(corpus, 40, trials, 3, 2026, work.resolve("crash")), System.err);
      options.write("crash", crash.markdown(crash.run(), "./khabar bench --only crash --trials " + trials));
    }
    if ("load".equals(only)) {
      options.write("load", new io.khabar.harden.LoadBenchmark(data.antTarball(), data.saudiNewsNet(),
          work.resolve("load"), rates, seconds, System.err).run());
    }
    if ("hostile".equals(only)) {
      options.write("hostile", new io.khabar.harden.HostileBenchmark(work.resolve("hostile")).run());
    }
    if ("fuzz".equals(only)) {
      options.write("fuzz", io.khabar.harden.FuzzFigures.markdown(Path.of(".")));
    }
    return 0;
  }
}
