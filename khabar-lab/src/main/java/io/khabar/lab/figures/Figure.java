package io.khabar.lab.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A measured figure as its section prints it: the value rounded to {@code decimals}, so that it can be pinned
 * and shown with the precision docs/benchmarks.md gives it (1.0000 stays 1.0000). NaN stands for "n/a".
 */
public record Figure(double value, int decimals) {
  /** The value as a decimal with its printed scale; null for "n/a". */
  public BigDecimal decimal() {
    return Double.isNaN(value) || Double.isInfinite(value) ? null
        : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return Comparison.plain(decimal());
  }
}
