package io.khabar.lab.figures;

import io.khabar.lab.eval.BenchmarksDoc;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goals table at the top of docs/benchmarks.md, made from the pinned figures: every figure with a
 * {@code goal_label}, its value, and whether its goal is met. It quotes pinned values (what `--pin` recorded),
 * not the last unpinned run, so the table and the YAML files can never disagree.
 */
public final class GoalsTable {
  /** The block's marker in docs/benchmarks.md. */
  public static final String MARKER = "goals";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\-]+)}");

  private GoalsTable() {}

  /** Rewrites the goals block of {@code doc} from the files in {@code figuresDir}. */
  public static void write(Path doc, Path figuresDir) throws IOException {
    String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    BenchmarksDoc.writeSection(doc, MARKER, markdown(inDocOrder(FigureFiles.readAll(figuresDir), text),
        relative(doc, figuresDir)));
  }

  /** Rows follow the sections' order in the document, so the table reads in the order the sections do. */
  static List<PinnedSection> inDocOrder(List<PinnedSection> sections, String doc) {
    List<PinnedSection> out = new ArrayList<>(sections);
    out.sort(Comparator.comparingInt((PinnedSection s) -> {
      int at = doc.indexOf("<!-- " + s.marker() + ":start -->");
      return at < 0 ? Integer.MAX_VALUE : at;
    }).thenComparing(PinnedSection::section));
    return out;
  }

  static String markdown(List<PinnedSection> sections, String linkPrefix) {
    StringBuilder b = new StringBuilder("| goal | figure | status | pinned in |\n|---|---|---|---|\n");
    for (PinnedSection s : sections) {
      for (PinnedFigure f : s.figures()) {
        if (f.goalLabel() == null) {
          continue;
        }
        String figure = fill(f.goalFigure() == null ? "{value}" : f.goalFigure(), f, s);
        String status = f.goal() == null ? "reported (no goal set)" : status(Goal.parse(f.goal()), f, s);
        if (f.goalNote() != null) {
          status += " (" + fill(f.goalNote(), f, s) + ")";
        }
        b.append("| ").append(f.goalLabel()).append(" | ").append(figure).append(" | ").append(status)
            .append(" | [").append(s.section()).append("](").append(linkPrefix).append(s.section()).append(".yaml) |\n");
      }
    }
    return b.toString();
  }

  private static String status(Goal goal, PinnedFigure f, PinnedSection s) {
    if (!goal.met(f.value(), id -> value(s, id))) {
      return "not met";
    }
    return goal.metBeyondRounding(f.value(), id -> value(s, id)) ? "met"
        : "undecided: the value may have been rounded onto the goal; pin it with more decimals";
  }

  /** {@code {value}} is the figure's own value, {@code {id}} another figure's of the same file. */
  static String fill(String template, PinnedFigure self, PinnedSection s) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      BigDecimal v = m.group(1).equals("value") ? self.value() : value(s, m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(Comparison.plain(v)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static BigDecimal value(PinnedSection s, String id) {
    return s.figure(id).orElseThrow(() -> new IllegalArgumentException(
        "docs/figures/" + s.section() + ".yaml: the goals table names " + id + ", which is not a figure of the file"))
        .value();
  }

  /** How the document links to the figures folder ("figures/" for docs/benchmarks.md and docs/figures). */
  private static String relative(Path doc, Path figuresDir) {
    Path base = doc.toAbsolutePath().normalize().getParent();
    String rel = base.relativize(figuresDir.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return rel.isEmpty() ? "" : rel + "/";
  }
}
