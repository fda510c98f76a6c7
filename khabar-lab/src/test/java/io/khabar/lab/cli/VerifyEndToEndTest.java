package io.khabar.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.lab.figures.FigureFiles;
import io.khabar.lab.figures.PinnedInput;
import io.khabar.lab.figures.PinnedSection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `eval --verify --only variants` for real: the name-variant evaluation runs in a second on the judged pairs of
 * docs/eval and needs no shared data. The pinned file is a temp copy of docs/figures/variants.yaml (the real one
 * is never touched), so is the report; the judged pairs are copied where a test changes them.
 */
class VerifyEndToEndTest {
  private static final Path EVAL = Path.of("../docs/eval");
  private static final Path PINNED = Path.of("../docs/figures/variants.yaml");

  @TempDir
  Path dir;
  private Path figures;
  private Path report;

  @BeforeEach
  void copyThePinnedFile() throws IOException {
    figures = Files.createDirectories(dir.resolve("figures"));
    Files.copy(PINNED, figures.resolve("variants.yaml"));
    report = dir.resolve("benchmarks.md");
  }

  @Test
  void theRepositorysPinnedFiguresReproduce() {
    Run r = verify(EVAL);
    assertEquals(0, r.exit, r.out);
    assertTrue(r.out.contains("verify variants: PASS: 25 OK, 0 DRIFT, 0 MISSING"), r.out);
    assertTrue(r.out.contains("name-variants-test.tsv") && r.out.contains("SAME"), r.out);
    assertFalse(Files.exists(report), "a verify run writes nothing to the report");
    assertFalse(r.out.contains("note: this run is"), r.out);
  }

  @Test
  void aRunWithOtherOptionsThanThePinnedCommandSaysSo() throws IOException {
    Path file = figures.resolve("variants.yaml");
    Files.writeString(file, Files.readString(file).replace("command: ./khabar eval --only variants",
        "command: ./khabar eval --only variants --other"));
    Run r = verify(EVAL);
    assertEquals(0, r.exit, r.out);
    assertTrue(r.out.contains("note: this run is ./khabar eval --only variants, not the pinned command"), r.out);
  }

  @Test
  void aValueOutsideItsToleranceFailsTheRun() throws IOException {
    Path file = figures.resolve("variants.yaml");
    String yaml = Files.readString(file);
    String pinned = "- id: test.key.recall\n  label: \"Khabar entity key: test recall of \\\"same key\\\"\"\n  value: 0.688\n";
    assertTrue(yaml.contains(pinned), yaml);
    Files.writeString(file, yaml.replace(pinned, pinned.replace("0.688", "0.700")));

    Run r = verify(EVAL);
    assertEquals(1, r.exit, r.out);
    assertTrue(r.out.matches("(?s).*test\\.key\\.recall +0\\.700 +0\\.688 +0\\.002 +DRIFT.*"), r.out);
    assertTrue(r.out.contains("verify variants: FAIL: 24 OK, 1 DRIFT"), r.out);
  }

  @Test
  void aChangedInputIsReportedAndFailsTheRunThoughEveryFigureHolds() throws IOException {
    Path eval = Files.createDirectories(dir.resolve("eval"));
    Files.copy(EVAL.resolve("name-variants.tsv"), eval.resolve("name-variants.tsv"));
    String test = Files.readString(EVAL.resolve("name-variants-test.tsv"), StandardCharsets.UTF_8);
    String changed = test.replace("same\tHouston", "same\tHouston, Texas"); // a note: no figure moves
    assertFalse(changed.equals(test));
    Files.writeString(eval.resolve("name-variants-test.tsv"), changed);

    Run r = verify(eval);
    assertEquals(1, r.exit, r.out);
    assertTrue(r.out.matches("(?s).*name-variants-test\\.tsv +\\S+ +[0-9a-f]{16}… +[0-9a-f]{16}… +CHANGED INPUT.*"), r.out);
    assertTrue(r.out.contains("25 OK, 0 DRIFT"), r.out);
    assertTrue(r.out.contains("CHANGED INPUT: the pinned figures were measured on other data"), r.out);
  }

  @Test
  void pinRewritesTheValuesAndWritesTheSectionAndTheGoalsTable() throws IOException {
    Path file = figures.resolve("variants.yaml");
    String original = Files.readString(file);
    Files.writeString(file, original.replace("value: 0.688", "value: 0.5"));

    Run r = run("eval", "--pin", "--only", "variants", "--stories", EVAL.toString(), "--figures", figures.toString(),
        "--out", report.toString());
    assertEquals(0, r.exit, r.out);
    PinnedSection repinned = FigureFiles.read(file);
    assertEquals(FigureFiles.read(PINNED).figures(), repinned.figures(), "the run's values are pinned back, the rest kept");
    assertEquals(FigureFiles.read(PINNED).inputs().stream().map(PinnedInput::sha256).toList(),
        repinned.inputs().stream().map(PinnedInput::sha256).toList());
    String md = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(md.contains("<!-- variants:start -->\n## Name variants"), md);
    assertTrue(md.contains("| name variants: precision and recall of one key per name | test P 1.000, R 0.688"), md);
  }

  private Run verify(Path evalDir) {
    return run("eval", "--verify", "--only", "variants", "--stories", evalDir.toString(), "--figures",
        figures.toString(), "--out", report.toString(), "--verify-output", dir.resolve("verify").toString());
  }

  private record Run(int exit, String out) {}

  private static Run run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int exit = LabMain.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
  }
}
