package io.khabar.lab.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A run's figures against the pinned ones: one row per figure, pinned or new. */
public record Comparison(List<Row> rows) {
  /** Floating-point slack, so that 0.819 vs 0.817 within 0.002 is not refused over the 18th decimal. */
  private static final double EPSILON = 1e-9;

  public enum Status {
    /** Within tolerance. */
    OK,
    /** Out of tolerance: fails the verify run. */
    DRIFT,
    /** Pinned but not produced by the run: fails the verify run (an id was renamed, or a row vanished). */
    MISSING,
    /** Out of tolerance, but the figure is pinned with {@code verify: report} (times on a shared machine). */
    REPORTED,
    /** Produced by the run but not pinned yet: shown, never failing (`--pin` adds it). */
    NEW
  }

  public record Row(String id, BigDecimal expected, Figure got, BigDecimal tolerance, Status status) {}

  public static Comparison of(PinnedSection pinned, Map<String, Figure> got) {
    List<Row> rows = new ArrayList<>();
    for (PinnedFigure f : pinned.figures()) {
      Figure g = got.get(f.id());
      rows.add(new Row(f.id(), f.value(), g, f.tolerance(), status(f, g)));
    }
    got.forEach((id, g) -> {
      if (pinned.figure(id).isEmpty()) {
        rows.add(new Row(id, null, g, null, Status.NEW));
      }
    });
    return new Comparison(rows);
  }

  private static Status status(PinnedFigure f, Figure got) {
    if (got == null) {
      return f.reportOnly() ? Status.REPORTED : Status.MISSING;
    }
    boolean within;
    if (f.value() == null || got.decimal() == null) {
      within = f.value() == null && got.decimal() == null; // "n/a" matches only "n/a"
    } else {
      within = Math.abs(got.value() - f.value().doubleValue()) <= f.tolerance().doubleValue() + EPSILON;
    }
    if (within) {
      return Status.OK;
    }
    return f.reportOnly() ? Status.REPORTED : Status.DRIFT;
  }

  public boolean failed() {
    return rows.stream().anyMatch(r -> r.status() == Status.DRIFT || r.status() == Status.MISSING);
  }

  public long count(Status s) {
    return rows.stream().filter(r -> r.status() == s).count();
  }

  /** The table a verify run prints. */
  public String table() {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"figure", "expected", "got", "tolerance", "status"});
    for (Row r : rows) {
      cells.add(new String[] {r.id(), r.status() == Status.NEW ? "-" : plain(r.expected()),
          r.got() == null ? "-" : r.got().toString(),
          r.tolerance() == null ? "-" : plain(r.tolerance()), r.status().name()});
    }
    return TextTable.of(cells);
  }

  /** A number as pinned or as printed, with its decimals and no exponent; "n/a" for nothing to divide by. */
  public static String plain(BigDecimal v) {
    return v == null ? "n/a" : v.toPlainString();
  }
}
