package io.khabar.lab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinningTest {
  @TempDir
  Path dir;

  @Test
  void aRunsValuesAndChecksumsArePinnedAndTheHandWrittenPartsKept() throws IOException {
    Path data = Files.writeString(dir.resolve("pairs.tsv"), "x");
    PinnedFigure recall = new PinnedFigure("recall", "test recall", new BigDecimal("0.688"), new BigDecimal("0.002"),
        null, ">= 0.6", "recall ≥ 0.6", "R {value}", null, "a note");
    PinnedFigure gone = new PinnedFigure("gone", "a figure the code no longer makes", BigDecimal.ONE, BigDecimal.ZERO,
        null, null, null, null, null, null);
    PinnedSection existing = new PinnedSection("variants", "variants", "old command", "seconds", "why",
        List.of(new PinnedInput("pairs", "elsewhere", "0".repeat(64))), List.of(recall, gone));
    Map<String, Figure> run = new LinkedHashMap<>();
    run.put("recall", new Figure(0.700, 3));
    run.put("wrong_pairs", new Figure(14, 0));

    Pinning.Result r = Pinning.pin(existing, "variants", "variants", "./khabar eval --only variants",
        List.of(new Input("pairs", data)), new Report("md", run));

    PinnedSection p = r.section();
    assertEquals("./khabar eval --only variants", p.command());
    assertEquals("why", p.note());
    assertEquals(List.of(new PinnedInput("pairs", data.toString(), Checksums.of(data))), p.inputs());
    PinnedFigure pinned = p.figure("recall").orElseThrow();
    assertEquals("0.700", pinned.value().toPlainString());
    assertEquals(recall.withValue(new BigDecimal("0.700")), pinned, "label, tolerance, goal and note kept");
    assertEquals(gone, p.figure("gone").orElseThrow());
    assertEquals(List.of("gone"), r.stale());
    assertEquals(List.of("wrong_pairs"), r.added());
    assertEquals(new BigDecimal("14"), p.figure("wrong_pairs").orElseThrow().value());
  }

  @Test
  void aSectionNeverPinnedGetsAFileAndNotApplicableIsNull() throws IOException {
    Pinning.Result r = Pinning.pin(null, "new", "new-block", "cmd", List.of(),
        new Report("md", Map.of("p", new Figure(Double.NaN, 3))));
    assertEquals("new-block", r.section().marker());
    assertNull(r.section().figure("p").orElseThrow().value());
  }
}
