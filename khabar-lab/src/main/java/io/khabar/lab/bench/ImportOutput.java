package io.khabar.lab.bench;

import io.khabar.lab.figures.Figures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures in what `khabar import --report-heap` prints at the end (the benchmarks quote that output
 * verbatim): its counts, the store's size, the peak heap and the time. A line that is not there gives no
 * figure, which a verify run reports as missing.
 */
final class ImportOutput {
  private static final Pattern COUNTS = Pattern.compile("imported (\\d+), updated (\\d+), unchanged (\\d+), skipped (\\d+)");
  private static final Pattern STORED = Pattern.compile("now holds (\\d+) articles");
  private static final Pattern HEAP = Pattern.compile("peak heap: (\\d+) MB, ([\\d.]+) s");

  private ImportOutput() {}

  static void figures(Figures f, String prefix, String output) {
    Matcher c = COUNTS.matcher(output);
    if (c.find()) {
      f.count(prefix + "imported", Long.parseLong(c.group(1))).count(prefix + "updated", Long.parseLong(c.group(2)))
          .count(prefix + "unchanged", Long.parseLong(c.group(3))).count(prefix + "skipped", Long.parseLong(c.group(4)));
    }
    Matcher s = STORED.matcher(output);
    if (s.find()) {
      f.count(prefix + "stored", Long.parseLong(s.group(1)));
    }
    Matcher h = HEAP.matcher(output);
    if (h.find()) {
      f.count(prefix + "peak_heap_mb", Long.parseLong(h.group(1))).put(prefix + "seconds", Double.parseDouble(h.group(2)), 1);
    }
  }
}
