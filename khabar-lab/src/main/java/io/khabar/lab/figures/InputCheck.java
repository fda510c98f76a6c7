package io.khabar.lab.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs a section reads now against the checksums pinned with its figures. A changed input is reported
 * as such: the figures were measured on other data, so their drift says nothing about the code.
 */
public record InputCheck(List<Row> rows) {
  public enum Status { SAME, CHANGED, MISSING, NOT_PINNED }

  public record Row(String name, String path, String pinned, String now, Status status) {}

  public static InputCheck of(PinnedSection pinned, List<Input> inputs) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Input in : inputs) {
      String expected = pinned.input(in.name()).map(PinnedInput::sha256).orElse(null);
      String now = Files.exists(in.path()) ? Checksums.of(in.path()) : null;
      Status s = now == null ? Status.MISSING
          : expected == null ? Status.NOT_PINNED
          : expected.equals(now) ? Status.SAME : Status.CHANGED;
      rows.add(new Row(in.name(), in.path().toString(), expected, now, s));
    }
    return new InputCheck(rows);
  }

  /** Changed or missing inputs (a checksum never pinned is shown but does not fail: pin it with `--pin`). */
  public boolean failed() {
    return rows.stream().anyMatch(r -> r.status() == Status.CHANGED || r.status() == Status.MISSING);
  }

  public boolean missing() {
    return rows.stream().anyMatch(r -> r.status() == Status.MISSING);
  }

  public String table() {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"input", "path", "pinned sha256", "sha256 now", "status"});
    for (Row r : rows) {
      cells.add(new String[] {r.name(), r.path(), shortHash(r.pinned()), shortHash(r.now()),
          r.status() == Status.CHANGED ? "CHANGED INPUT" : r.status().name()});
    }
    return TextTable.of(cells);
  }

  private static String shortHash(String h) {
    return h == null ? "-" : h.substring(0, 16) + "…";
  }
}
