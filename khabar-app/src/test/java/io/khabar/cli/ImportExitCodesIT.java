package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: `import` exits 0 when all it was asked was done (skipped records reported), 1 when an input could
 * not be read or nothing was imported, 2 for a usage error; every message one sentence without class names.
 */
class ImportExitCodesIT {
  @TempDir Path dir;

  private CliIT.Result importing(String... paths) {
    String[] args = new String[paths.length + 7];
    args[0] = "import";
    args[1] = "--data";
    args[2] = dir.resolve("data").toString();
    args[3] = "--no-enrichment";
    args[4] = "--nice";
    args[5] = "0";
    args[6] = "--no-idle";
    for (int i = 0; i < paths.length; i++) {
      args[7 + i] = dir.resolve(paths[i]).toString();
    }
    return CliIT.run(args);
  }

  private void assertOneSentenceErrors(CliIT.Result r) {
    assertFalse(r.err().matches("(?s).*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*"), r.err());
  }

  @Test
  void aMissingPathIsExitOne() {
    CliIT.Result r = importing("no-such.jsonl");
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("no-such.jsonl: there is no such file or folder"), r.out());
    assertOneSentenceErrors(r);
  }

  @Test
  void anArchiveThatIsNotGzipIsExitOne() throws Exception {
    Files.writeString(dir.resolve("plain.jsonl.gz"), "{\"id\":\"a\",\"text\":\"نص\"}\n");
    CliIT.Result r = importing("plain.jsonl.gz");
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("not a valid compressed archive"), r.out());
    assertOneSentenceErrors(r);
  }

  @Test
  void everyLineBadIsExitOne() throws Exception {
    Files.writeString(dir.resolve("bad.jsonl"), "{broken\n{\"id\":\"x\"}\n");
    CliIT.Result r = importing("bad.jsonl");
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains("nothing was imported"), r.err());
  }

  @Test
  void skippedRecordsBesideGoodOnesAreExitZero() throws Exception {
    Files.writeString(dir.resolve("some.jsonl"), "{\"id\":\"a\",\"text\":\"نص الخبر\"}\n{broken\n");
    CliIT.Result r = importing("some.jsonl");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("some.jsonl:2"), r.err());
  }

  @Test
  void aCorruptArchiveInAFolderIsNamedAndTheRestImported() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.write(folder.resolve("a.tar.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 9, 9, 9});
    Files.writeString(folder.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"نص الخبر\"}\n");
    CliIT.Result r = importing("in");
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("imported 1"), r.out());
    assertTrue(r.out().contains("a.tar.gz: "), r.out());
    assertOneSentenceErrors(r);
  }

  @Test
  void anUnknownCommandIsAUsageErrorEvenWithHelp() {
    CliIT.Result r = CliIT.run("frobnicate", "--help");
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains("there is no command 'frobnicate'"), r.err());
    assertEquals(2, CliIT.run("frobnicate").code());
    assertEquals(0, CliIT.run("import", "--help").code());
  }
}
