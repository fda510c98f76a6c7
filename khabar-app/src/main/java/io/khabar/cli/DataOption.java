package io.khabar.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every store-using command shares. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "Data folder holding the store (default: ${DEFAULT-VALUE}).")
  Path dir;
}
