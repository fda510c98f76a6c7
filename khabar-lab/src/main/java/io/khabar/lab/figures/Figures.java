package io.khabar.lab.figures;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Collects a run's figures in the order the section prints them. A figure is kept as printed (rounded to the
 * decimals shown), so the value pinned from a run reads exactly as docs/benchmarks.md does.
 */
public final class Figures {
  private final Map<String, Figure> values = new LinkedHashMap<>();

  /** A figure printed with {@code decimals} decimals; rounded the way {@link String#format} rounds it. */
  public Figures put(String id, double value, int decimals) {
    return add(id, new Figure(Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", value)), decimals));
  }

  /** A count. */
  public Figures count(String id, long n) {
    return add(id, new Figure(n, 0));
  }

  private Figures add(String id, Figure value) {
    if (values.putIfAbsent(id, value) != null) {
      throw new IllegalStateException("figure " + id + " given twice"); // two rows sharing an id would hide one
    }
    return this;
  }

  public Report report(String markdown) {
    return new Report(markdown, values);
  }
}
