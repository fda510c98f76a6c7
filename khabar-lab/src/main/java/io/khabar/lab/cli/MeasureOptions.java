package io.khabar.lab.cli;

import io.khabar.cli.UsageException;

import io.khabar.lab.eval.BenchmarksDoc;
import io.khabar.lab.eval.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What `eval` and `bench` share: where the data sets are, and the report each section is written to. */
final class MeasureOptions {
  @Option(names = "--shared", defaultValue = "../shared/data", description = "The shared data sets (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--out", defaultValue = "docs/benchmarks.md", description = "Report file (default: ${DEFAULT-VALUE}).")
  Path out;

  SharedData data() {
    try {
      return new SharedData(shared);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Writes one section of the report and shows it. */
  void write(String section, String markdown) throws IOException {
    BenchmarksDoc.writeSection(out, section, markdown);
    System.out.println(markdown);
    System.out.println("written to " + out);
  }
}
