package io.khabar.lab.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A TSV reader for one-record-per-line files: fields split on tabs; a field wrapped in double quotes
 * (as spreadsheet exports write them) is unwrapped and its doubled quotes undone.
 */
final class Tsv {
  private Tsv() {}

  static List<List<String>> read(Reader in) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    BufferedReader r = new BufferedReader(in);
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank()) {
        continue;
      }
      List<String> row = new ArrayList<>();
      for (String f : line.split("\t", -1)) {
        row.add(unquote(f));
      }
      rows.add(row);
    }
    return rows;
  }

  static String unquote(String f) {
    if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
      return f.substring(1, f.length() - 1).replace("\"\"", "\"");
    }
    return f;
  }
}
