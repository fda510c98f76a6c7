package io.khabar.lab.cli;

import io.khabar.lab.figures.Input;
import io.khabar.lab.figures.Report;
import java.util.List;

/**
 * One section of docs/benchmarks.md as `eval` and `bench` run it.
 *
 * @param name what `--only` takes, and the name of its figures file (docs/figures/NAME.yaml)
 * @param marker its block in docs/benchmarks.md
 * @param command the command line that produces it with the options given (recorded when pinning)
 * @param byDefault run when no `--only` is given
 * @param inputs the data it reads, checksummed by `--pin` and `--verify`
 */
record Section(String name, String marker, String command, boolean byDefault, Inputs inputs, Measure measure) {
  interface Measure {
    Report run() throws Exception;
  }

  /** Lazy, so that a section reading no shared data runs without it. */
  interface Inputs {
    List<Input> get();
  }
}
