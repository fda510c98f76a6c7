package io.khabar.lab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFilesTest {
  static final Path FIGURES = Path.of("../docs/figures");

  static final String SAMPLE = """
      section: sample
      marker: sample-block
      command: ./khabar eval --only sample
      takes: seconds
      note: why the tolerances are what they are
      inputs:
      - name: pairs.tsv
        path: docs/eval/pairs.tsv
        sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
      figures:
      - id: test.recall
        label: "test recall"
        value: 0.688
        tolerance: 0.002
        goal: '>= 0.60 and test.precision >= 0.9'
        goal_label: recall ≥ 0.60
        goal_figure: "R {value}, P {test.precision}"
        goal_note: held-out pairs
      - id: test.precision
        label: test precision
        value: 1.0000
        tolerance: 0
      - id: ms
        label: milliseconds
        value: 1276
        tolerance: 638
        verify: report
      - id: ratio
        label: nothing to divide by
        value: null
        tolerance: 0
      """;

  @TempDir
  Path dir;

  @Test
  void readsEveryFieldInSnakeCaseWithExactDecimals() throws IOException {
    PinnedSection s = FigureFiles.read(write("sample.yaml", SAMPLE));
    assertEquals("sample", s.section());
    assertEquals("sample-block", s.marker());
    assertEquals("./khabar eval --only sample", s.command());
    assertEquals("pairs.tsv", s.inputs().get(0).name());
    assertEquals(64, s.inputs().get(0).sha256().length());
    PinnedFigure recall = s.figure("test.recall").orElseThrow();
    assertEquals(new BigDecimal("0.688"), recall.value());
    assertEquals(new BigDecimal("0.002"), recall.tolerance());
    assertEquals("recall ≥ 0.60", recall.goalLabel());
    assertEquals("R {value}, P {test.precision}", recall.goalFigure());
    assertEquals("held-out pairs", recall.goalNote());
    assertFalse(recall.reportOnly());
    assertEquals("1.0000", s.figure("test.precision").orElseThrow().value().toPlainString(), "the printed scale is kept");
    assertTrue(s.figure("ms").orElseThrow().reportOnly());
    assertNull(s.figure("ratio").orElseThrow().value());
  }

  @Test
  void writesWhatItReads() throws IOException {
    PinnedSection s = FigureFiles.read(write("sample.yaml", SAMPLE));
    Path copy = dir.resolve("copy.yaml");
    FigureFiles.write(copy, s);
    assertEquals(s, FigureFiles.read(copy));
    assertTrue(Files.readString(copy).contains("value: 1.0000\n"), Files.readString(copy));
    assertTrue(Files.readString(copy).contains("goal_label: "), "snake case on the way out too");
  }

  @Test
  void aMisspeltKeyOrABadFigureNamesTheFile() throws IOException {
    Path typo = write("typo.yaml", SAMPLE.replace("tolerance: 0.002", "tolerence: 0.002"));
    IOException e = assertThrows(IOException.class, () -> FigureFiles.read(typo));
    assertTrue(e.getMessage().contains("typo.yaml"), e.getMessage());
    Path badVerify = write("verify.yaml", SAMPLE.replace("verify: report", "verify: sometimes"));
    assertThrows(IOException.class, () -> FigureFiles.read(badVerify));
    Path twice = write("twice.yaml", SAMPLE.replace("id: ms", "id: test.recall"));
    assertThrows(IOException.class, () -> FigureFiles.read(twice));
  }

  /** The real files: they parse, name one section each, and their goals and templates only name their own figures. */
  @Test
  void everyPinnedFileOfTheRepositoryIsValid() throws IOException {
    List<PinnedSection> all = FigureFiles.readAll(FIGURES);
    assertTrue(all.size() >= 16, "one file per section of docs/benchmarks.md: " + all.size());
    Set<String> sections = new HashSet<>();
    for (PinnedSection s : all) {
      assertTrue(sections.add(s.section()), s.section());
      assertTrue(Files.exists(FigureFiles.file(FIGURES, s.section())), "file named after its section: " + s.section());
      assertFalse(s.figures().isEmpty(), s.section());
      s.inputs().forEach(i -> assertEquals(64, i.sha256().length(), s.section() + " " + i.name()));
    }
    GoalsTable.markdown(all, "figures/"); // throws on a goal or template naming an unknown figure
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
