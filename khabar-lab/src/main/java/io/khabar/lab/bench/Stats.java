package io.khabar.lab.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles: the machine is shared and noisy, so no single time is quoted. */
public final class Stats {
  private Stats() {}

  public static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** Nearest-rank percentile ({@code p} in percent); NaN for no values. */
  public static double percentile(List<Double> values, double p) {
    return values.isEmpty() ? Double.NaN : percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), p);
  }

  /** Nearest-rank percentile. */
  static double percentile(double[] values, double p) {
    double[] v = values.clone();
    Arrays.sort(v);
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }
}
