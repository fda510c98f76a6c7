package io.khabar.lab.figures;

import java.util.List;

/** Columns padded to their widest cell: what a terminal reads best. */
final class TextTable {
  private TextTable() {}

  static String of(List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        b.append(i == 0 ? "" : "  ").append(r[i]).append(i == r.length - 1 ? "" : " ".repeat(width[i] - r[i].length()));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
