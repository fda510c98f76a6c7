package io.khabar.lab.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A goal written beside a figure: comparisons joined by {@code and}. A comparison is {@code OP RIGHT} (about the
 * figure itself) or {@code LEFT OP RIGHT}; an operand is a number or the id of another figure of the same file;
 * OP is one of {@code >= <= > < ==}. Examples: {@code ">= 0.90"}, {@code "> mlt.dev_recall10"},
 * {@code ">= 0.97 and t0.8.recall >= 0.97"}. Relative goals ("above MoreLikeThis") thus compare two figures
 * pinned from the same run.
 */
public final class Goal {
  private static final Set<String> OPS = Set.of(">=", "<=", ">", "<", "==");

  private record Clause(String left, String op, String right) {}

  private final String text;
  private final List<Clause> clauses;

  private Goal(String text, List<Clause> clauses) {
    this.text = text;
    this.clauses = clauses;
  }

  public static Goal parse(String text) {
    List<Clause> clauses = new ArrayList<>();
    for (String part : text.strip().split("\\s+and\\s+")) {
      String[] t = part.strip().split("\\s+");
      if (t.length == 2 && OPS.contains(t[0])) {
        clauses.add(new Clause(null, t[0], t[1]));
      } else if (t.length == 3 && OPS.contains(t[1])) {
        clauses.add(new Clause(t[0], t[1], t[2]));
      } else {
        throw new IllegalArgumentException("goal \"" + text + "\": expected [FIGURE] OP VALUE, OP one of " + OPS);
      }
    }
    return new Goal(text, clauses);
  }

  /**
   * Whether the goal holds. {@code figures} gives another figure's value by id (null for "n/a", which meets
   * nothing) and throws for an unknown id.
   */
  public boolean met(BigDecimal self, Function<String, BigDecimal> figures) {
    return holds(self, figures, false);
  }

  /**
   * Whether the goal holds for every value each figure may have been rounded from: a figure is pinned as printed,
   * so a pinned 0.850 may have been 0.8499, which misses {@code >= 0.85}. Each figure operand is moved half a unit
   * of its last decimal towards failing; numbers written in the goal are exact, and so are the two sides of
   * {@code ==}, which compares counts.
   */
  public boolean metBeyondRounding(BigDecimal self, Function<String, BigDecimal> figures) {
    return holds(self, figures, true);
  }

  private boolean holds(BigDecimal self, Function<String, BigDecimal> figures, boolean worstRounding) {
    for (Clause c : clauses) {
      BigDecimal l = c.left() == null ? self : operand(c.left(), figures);
      BigDecimal r = operand(c.right(), figures);
      if (l == null || r == null) {
        return false;
      }
      if (worstRounding && !c.op().equals("==")) {
        boolean lowerFails = c.op().startsWith(">"); // l must stay high: its lowest reading is the worst
        l = c.left() != null && isNumber(c.left()) ? l : worst(l, lowerFails);
        r = isNumber(c.right()) ? r : worst(r, !lowerFails);
      }
      if (!holds(l.compareTo(r), c.op())) {
        return false;
      }
    }
    return true;
  }

  /** The lowest (or highest) value that rounds to {@code v} at its scale. */
  private static BigDecimal worst(BigDecimal v, boolean lowest) {
    BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(v.scale(), 0)).divide(BigDecimal.valueOf(2));
    return lowest ? v.subtract(half) : v.add(half);
  }

  private static boolean isNumber(String token) {
    try {
      new BigDecimal(token);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static BigDecimal operand(String token, Function<String, BigDecimal> figures) {
    try {
      return new BigDecimal(token);
    } catch (NumberFormatException e) {
      return figures.apply(token);
    }
  }

  private static boolean holds(int cmp, String op) {
    return switch (op) {
      case ">=" -> cmp >= 0;
      case "<=" -> cmp <= 0;
      case ">" -> cmp > 0;
      case "<" -> cmp < 0;
      default -> cmp == 0;
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
