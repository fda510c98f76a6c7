package io.khabar.lab.cli;

import io.khabar.cli.UsageException;

import io.khabar.lab.eval.SharedData;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What `eval` and `bench` share: where the data sets are, where figures go, and how a run is checked. */
final class MeasureOptions {
  @Option(names = "--shared", defaultValue = "../shared/data", description = "The shared data sets (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--out", defaultValue = "docs/benchmarks.md", description = "Report file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--figures", defaultValue = "docs/figures", description = "Pinned figures, one YAML file per section (default: ${DEFAULT-VALUE}).")
  Path figures;

  @Option(names = "--verify", description = "Rerun the section(s) and compare every figure with its pinned value and "
      + "every input with its pinned checksum; write nothing to the report; exit code 1 on any drift or changed input.")
  boolean verify;

  @Option(names = "--pin", description = "Write the section(s) as usual, and pin the run's figures and input checksums "
      + "in the figures files (labels, tolerances and goals are kept).")
  boolean pin;

  @Option(names = "--goals-table", description = "Only regenerate the goals table of the report from the figures files.")
  boolean goalsTable;

  @Option(names = "--verify-output", defaultValue = "target/verify", hidden = true,
      description = "Where a verify run leaves the section it measured, to diff with the report.")
  Path verifyOutput;

  private SharedData data;

  /** The shared data sets, opened once per command: ANT enriched once serves every section that needs it. */
  SharedData data() {
    if (data == null) {
      try {
        data = new SharedData(shared);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return data;
  }
}
