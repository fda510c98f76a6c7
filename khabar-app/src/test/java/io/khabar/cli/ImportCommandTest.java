package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ImportCommandTest {
  private static ImportCommand parsed(String... args) {
    ImportCommand command = new ImportCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void theImportRunsAsIdleWorkUnlessToldNotTo() {
    assertEquals(true, parsed("x.jsonl").idle);
    assertEquals(true, parsed("--idle", "x.jsonl").idle);
    assertEquals(false, parsed("--no-idle", "x.jsonl").idle);
    assertEquals(10, parsed("x.jsonl").nice);
  }
}
