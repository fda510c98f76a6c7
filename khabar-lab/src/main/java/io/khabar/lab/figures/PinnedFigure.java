package io.khabar.lab.figures;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One figure as pinned in docs/figures/SECTION.yaml.
 *
 * @param value the expected value; null when the figure is "n/a" (nothing to divide by)
 * @param tolerance the largest absolute difference a verify run accepts
 * @param verify "fail" (the default: drift fails the verify run) or "report" (printed, never failing: for
 *     times and rates on a shared machine)
 * @param goal when the figure meets its goal, e.g. {@code ">= 0.90"} or {@code "> mlt.dev_recall10"}; see {@link Goal}
 * @param goalLabel the goal as the goals table words it; a figure with a label but no goal is listed as reported
 * @param goalFigure what the goals table shows, with {@code {value}} and {@code {other.id}} filled in
 * @param goalNote added to the status (met / not met), filled in the same way
 */
@JsonPropertyOrder({"id", "label", "value", "tolerance", "verify", "goal", "goal_label", "goal_figure", "goal_note", "note"})
public record PinnedFigure(String id, String label, BigDecimal value, BigDecimal tolerance, String verify, String goal,
    String goalLabel, String goalFigure, String goalNote, String note) {

  public PinnedFigure {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a figure without an id");
    }
    if (tolerance == null || tolerance.signum() < 0) {
      throw new IllegalArgumentException("figure " + id + ": tolerance must be given and ≥ 0");
    }
    if (verify != null && !verify.equals("fail") && !verify.equals("report")) {
      throw new IllegalArgumentException("figure " + id + ": verify must be fail or report, not " + verify);
    }
  }

  /** True when drift is only reported (noisy figures), never failing a verify run. */
  public boolean reportOnly() {
    return "report".equals(verify);
  }

  public PinnedFigure withValue(BigDecimal v) {
    return new PinnedFigure(id, label, v, tolerance, verify, goal, goalLabel, goalFigure, goalNote, note);
  }
}
