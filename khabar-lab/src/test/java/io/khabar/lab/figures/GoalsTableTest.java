package io.khabar.lab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalsTableTest {
  @TempDir
  Path dir;

  private static final Map<String, BigDecimal> OTHERS = Map.of("mlt", new BigDecimal("0.786"),
      "test", new BigDecimal("0.697"), "test.mlt", new BigDecimal("0.553"));

  private static boolean met(String goal, String self) {
    return Goal.parse(goal).met(self == null ? null : new BigDecimal(self), id -> {
      if (!OTHERS.containsKey(id)) {
        throw new IllegalArgumentException("unknown " + id);
      }
      return OTHERS.get(id);
    });
  }

  @Test
  void goalsCompareTheFigureWithNumbersAndOtherFigures() {
    assertTrue(met(">= 0.90", "0.930"));
    assertTrue(met(">= 0.90", "0.90"));
    assertFalse(met(">= 0.90", "0.899"));
    assertTrue(met("<= 1.3", "1.05"));
    assertTrue(met("== 0", "0"));
    assertFalse(met("< 0", "0"));
    assertTrue(met("> mlt", "0.817"));
    assertTrue(met("> mlt and test > test.mlt", "0.817"));
    assertFalse(met("> mlt and test.mlt > test", "0.817"));
    assertFalse(met(">= 0", null), "n/a meets nothing");
    assertThrows(IllegalArgumentException.class, () -> met("> nowhere", "1"));
    assertThrows(IllegalArgumentException.class, () -> Goal.parse("at least 0.9"));
    assertThrows(IllegalArgumentException.class, () -> Goal.parse(">= 0.9 or < 0.1"));
  }

  private static boolean beyondRounding(String goal, String self) {
    return Goal.parse(goal).metBeyondRounding(new BigDecimal(self), OTHERS::get);
  }

  @Test
  void aValueRoundedOntoItsThresholdDoesNotMeetIt() {
    assertTrue(met(">= 0.85", "0.850")); // as pinned: 0.8499 printed with three decimals
    assertFalse(beyondRounding(">= 0.85", "0.850"), "0.8495 also prints 0.850");
    assertTrue(beyondRounding(">= 0.85", "0.8505"));
    assertTrue(beyondRounding(">= 0.85", "0.851"));
    assertFalse(beyondRounding("<= 1.3", "1.3"));
    assertTrue(beyondRounding("<= 1.3", "1.29"));
    assertFalse(beyondRounding(">= 100", "100.0"), "99.96% prints 100.0");
    assertTrue(beyondRounding("== 0", "0"), "== compares counts: exact");
    assertTrue(beyondRounding("> mlt", "0.817"));
    assertFalse(beyondRounding("> mlt", "0.786"));
    assertFalse(beyondRounding("> mlt", "0.787"), "0.7865 is not above 0.7864");
  }

  private static PinnedFigure figure(String id, String value, String goal, String label, String template, String note) {
    return new PinnedFigure(id, id, new BigDecimal(value), BigDecimal.ZERO, null, goal, label, template, note, null);
  }

  private static PinnedSection section(String name, String marker, PinnedFigure... figures) {
    return new PinnedSection(name, marker, "cmd", null, null, List.of(), List.of(figures));
  }

  @Test
  void rowsShowTheFilledFigureTheGoalsStatusAndTheFile() {
    PinnedSection related = section("related", "eval",
        figure("khabar.dev", "0.817", "> mlt.dev", "recall above MoreLikeThis", "dev {value} vs {mlt.dev}", null),
        figure("mlt.dev", "0.786", null, null, null, null),
        figure("spearman", "0.325", ">= 0.60", "Spearman ≥ 0.60", null, "see the note below"),
        figure("keys", "0.688", null, "one key per name", "R {value}", null));
    String md = GoalsTable.markdown(List.of(related), "figures/");
    assertEquals("""
        | goal | figure | status | pinned in |
        |---|---|---|---|
        | recall above MoreLikeThis | dev 0.817 vs 0.786 | met | [related](figures/related.yaml) |
        | Spearman ≥ 0.60 | 0.325 | not met (see the note below) | [related](figures/related.yaml) |
        | one key per name | R 0.688 | reported (no goal set) | [related](figures/related.yaml) |
        """, md);
  }

  @Test
  void aTemplateNamingAnUnknownFigureIsAnError() {
    PinnedSection s = section("s", "s", figure("a", "1", null, "label", "{b}", null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoalsTable.markdown(List.of(s), ""));
    assertTrue(e.getMessage().contains("s.yaml") && e.getMessage().contains(" b,"), e.getMessage());
  }

  @Test
  void rowsFollowTheSectionsOrderInTheDocument() {
    String doc = "<!-- bench:start -->x<!-- bench:end --><!-- eval:start -->y<!-- eval:end -->";
    List<PinnedSection> sorted = GoalsTable.inDocOrder(List.of(section("related", "eval"), section("absent", "nowhere"),
        section("speed", "bench")), doc);
    assertEquals(List.of("speed", "related", "absent"), sorted.stream().map(PinnedSection::section).toList());
  }

  @Test
  void theTableIsWrittenBetweenItsMarkersAndTheRestIsKept() throws IOException {
    Path figures = Files.createDirectories(dir.resolve("docs/figures"));
    FigureFiles.write(figures.resolve("related.yaml"),
        section("related", "eval", figure("f1", "0.93", ">= 0.90", "F1 ≥ 0.90", null, null)));
    Path doc = Files.writeString(dir.resolve("docs/benchmarks.md"),
        "# Benchmarks\n\nintro\n\n<!-- goals:start -->\nold table\n<!-- goals:end -->\n\n<!-- eval:start -->\nkept\n<!-- eval:end -->\n");
    GoalsTable.write(doc, figures);
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    assertFalse(text.contains("old table"));
    assertTrue(text.contains("| F1 ≥ 0.90 | 0.93 | met | [related](figures/related.yaml) |"), text);
    assertTrue(text.startsWith("# Benchmarks\n\nintro\n\n<!-- goals:start -->\n| goal |"), text);
    assertTrue(text.endsWith("<!-- eval:start -->\nkept\n<!-- eval:end -->\n"), text);
  }

  /** No hand editing: the table in docs/benchmarks.md is exactly what the pinned files give. */
  @Test
  void theRepositorysGoalsTableIsUpToDate() throws IOException {
    Path doc = Path.of("../docs/benchmarks.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    String expected = GoalsTable.markdown(GoalsTable.inDocOrder(FigureFiles.readAll(FigureFilesTest.FIGURES), text),
        "figures/");
    assertTrue(text.contains("<!-- goals:start -->\n" + expected + "<!-- goals:end -->"),
        "docs/benchmarks.md's goals table differs from docs/figures: run ./khabar eval --goals-table");
  }
}
