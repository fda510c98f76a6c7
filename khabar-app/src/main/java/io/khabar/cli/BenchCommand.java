package io.khabar.cli;

import io.khabar.bench.Benchmark;
import io.khabar.bench.GroupingBenchmark;
import io.khabar.eval.BenchmarksDoc;
import io.khabar.eval.SharedData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure import throughput, peak heap and related-articles latency against plain Lucene baselines, "
        + "and write the figures to docs/benchmarks.md.",
        "Example: ./khabar bench --shared ../shared/data --rounds 3"})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--shared", defaultValue = "../shared/data", description = "The shared data sets (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--work", defaultValue = "target/bench", description = "Scratch folder (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--out", defaultValue = "docs/benchmarks.md", description = "Report file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--only", description = "Run one part: speed, or grouping (on vs off, and 31k vs 310k articles: ~30 min).")
  String only;

  @Override
  public Integer call() throws Exception {
    SharedData data;
    try {
      data = new SharedData(shared);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (only != null && !only.equals("speed") && !only.equals("grouping")) {
      throw new UsageException("--only must be speed or grouping");
    }
    if (only == null || only.equals("speed")) {
      write("bench", new Benchmark(data, work, rounds, System.err).run());
    }
    if (only == null || only.equals("grouping")) {
      write("grouping", new GroupingBenchmark(data, work, System.err).run());
    }
    return 0;
  }

  private void write(String name, String section) throws java.io.IOException {
    BenchmarksDoc.writeSection(out, name, section);
    System.out.println(section);
    System.out.println("written to " + out);
  }
}
