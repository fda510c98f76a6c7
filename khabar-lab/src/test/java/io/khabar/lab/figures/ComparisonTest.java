package io.khabar.lab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.lab.figures.Comparison.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static PinnedFigure pinned(String id, String value, String tolerance, String verify) {
    return new PinnedFigure(id, id, value == null ? null : new BigDecimal(value), new BigDecimal(tolerance), verify,
        null, null, null, null, null);
  }

  private static PinnedSection section(PinnedFigure... figures) {
    return new PinnedSection("s", "s", "cmd", null, null, List.of(), List.of(figures));
  }

  private static Status status(PinnedSection s, String id, Figure got) {
    return Comparison.of(s, Map.of(id, got)).rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
        .status();
  }

  @Test
  void withinToleranceIsOkEvenAtItsEdge() {
    PinnedSection s = section(pinned("recall", "0.817", "0.002", null));
    assertEquals(Status.OK, status(s, "recall", new Figure(0.817, 3)));
    assertEquals(Status.OK, status(s, "recall", new Figure(0.819, 3)), "0.819 - 0.817 is 0.002 and a hair in binary");
    assertEquals(Status.OK, status(s, "recall", new Figure(0.815, 3)));
  }

  @Test
  void driftBeyondToleranceFails() {
    PinnedSection s = section(pinned("recall", "0.817", "0.002", null), pinned("count", "4095", "0", null));
    Comparison c = Comparison.of(s, Map.of("recall", new Figure(0.820, 3), "count", new Figure(4095, 0)));
    assertTrue(c.failed());
    assertEquals(1, c.count(Status.DRIFT));
    assertEquals(Status.OK, status(s, "count", new Figure(4095, 0)));
    assertEquals(Status.DRIFT, status(s, "count", new Figure(4094, 0)), "a count pinned with tolerance 0 is exact");
    assertTrue(c.table().contains("recall  0.817     0.820  0.002      DRIFT"), c.table());
  }

  @Test
  void aPinnedFigureTheRunDidNotProduceFails() {
    Comparison c = Comparison.of(section(pinned("renamed", "1", "0", null)), Map.of());
    assertTrue(c.failed());
    assertEquals(1, c.count(Status.MISSING));
  }

  @Test
  void reportOnlyFiguresAndNewFiguresNeverFail() {
    PinnedSection s = section(pinned("ms", "1276", "638", "report"));
    Comparison c = Comparison.of(s, Map.of("ms", new Figure(9000, 0), "extra", new Figure(3, 0)));
    assertFalse(c.failed());
    assertEquals(1, c.count(Status.REPORTED));
    assertEquals(1, c.count(Status.NEW));
    assertEquals(Status.OK, status(s, "ms", new Figure(1500, 0)));
  }

  @Test
  void notApplicableMatchesOnlyNotApplicable() {
    PinnedSection na = section(pinned("p", null, "0", null));
    assertEquals(Status.OK, status(na, "p", new Figure(Double.NaN, 3)));
    assertEquals(Status.DRIFT, status(na, "p", new Figure(0.5, 3)));
    assertEquals(Status.DRIFT, status(section(pinned("p", "0.5", "0.002", null)), "p", new Figure(Double.NaN, 3)));
  }
}
