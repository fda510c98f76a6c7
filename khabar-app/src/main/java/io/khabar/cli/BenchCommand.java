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
  private static final List<String> PARTS = List.of("speed", "grouping", "enrichment");

  @Mixin MeasureOptions options;

  @Option(names = "--work", defaultValue = "target/bench", description = "Scratch folder (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--only", description = "Run one part: speed, grouping or enrichment (default: all).")
  String only;

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
    if (only == null || only.equals("enrichment")) {
      options.write("enrichment", new io.khabar.bench.EnrichmentBenchmark(data, work, rounds, System.err).run());
    }
    return 0;
  }
}
