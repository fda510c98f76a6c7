package io.khabar.lab.cli;

import io.khabar.cli.UsageException;
import io.khabar.lab.eval.BenchmarksDoc;
import io.khabar.lab.figures.Comparison;
import io.khabar.lab.figures.FigureFiles;
import io.khabar.lab.figures.GoalsTable;
import io.khabar.lab.figures.InputCheck;
import io.khabar.lab.figures.PinnedSection;
import io.khabar.lab.figures.Pinning;
import io.khabar.lab.figures.Report;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the sections `eval` or `bench` chose, in one of three modes (as Anserini's regressions do):
 * <ul>
 *   <li>normal: writes each section to docs/benchmarks.md (and says how its figures compare with the pinned);
 *   <li>{@code --pin}: the same, and the run's figures and input checksums become the pinned values;
 *   <li>{@code --verify}: writes nothing to docs; compares every figure with its pinned value and every input
 *       with its pinned checksum, prints the tables and fails (exit code 1) on any drift or changed input.
 * </ul>
 * Every mode but verify then regenerates the goals table from the pinned files.
 */
final class SectionRunner {
  private final MeasureOptions options;
  private final PrintStream out = System.out;

  SectionRunner(MeasureOptions options) {
    this.options = options;
  }

  /** Returns the exit code. */
  int run(List<Section> sections, String only) throws Exception {
    if (options.goalsTable) {
      GoalsTable.write(options.out, options.figures);
      out.println("goals table written to " + options.out + " from " + options.figures);
      return 0;
    }
    if (options.verify && options.pin) {
      throw new UsageException("--verify checks the pinned figures and --pin replaces them: give one");
    }
    List<Section> chosen = choose(sections, only);
    int failed = 0;
    for (Section s : chosen) {
      if (options.verify) {
        failed += verify(s) ? 0 : 1;
      } else {
        publish(s);
      }
    }
    if (!options.verify) {
      GoalsTable.write(options.out, options.figures);
    } else if (chosen.size() > 1) {
      out.printf("verify: %d of %d sections pass%s%n", chosen.size() - failed, chosen.size(), failed == 0 ? "" : ": FAIL");
    }
    return failed == 0 ? 0 : 1;
  }

  private static List<Section> choose(List<Section> sections, String only) {
    if (only == null) {
      return sections.stream().filter(Section::byDefault).toList();
    }
    return sections.stream().filter(s -> s.name().equals(only)).findFirst().map(List::of)
        .orElseThrow(() -> new UsageException("--only must be one of " + sections.stream().map(Section::name).toList()));
  }

  private void publish(Section s) throws Exception {
    Report r = s.measure().run();
    BenchmarksDoc.writeSection(options.out, s.marker(), r.markdown());
    out.println(r.markdown());
    out.println("written to " + options.out);
    Path file = FigureFiles.file(options.figures, s.name());
    PinnedSection existing = Files.exists(file) ? FigureFiles.read(file) : null;
    if (options.pin) {
      Pinning.Result p = Pinning.pin(existing, s.name(), s.marker(), s.command(), s.inputs().get(), r);
      FigureFiles.write(file, p.section());
      out.println("pinned " + r.figures().size() + " figures and " + p.section().inputs().size()
          + " input checksums to " + file + (p.added().isEmpty() ? "" : "; new figures (label and tolerance to write by hand): " + p.added())
          + (p.stale().isEmpty() ? "" : "; not produced by this run, left as they were: " + p.stale()));
    } else if (existing != null) {
      Comparison c = Comparison.of(existing, r.figures());
      out.printf("figures against %s: %d as pinned, %d drifted, %d missing, %d reported, %d new%s%n", file,
          c.count(Comparison.Status.OK), c.count(Comparison.Status.DRIFT), c.count(Comparison.Status.MISSING),
          c.count(Comparison.Status.REPORTED), c.count(Comparison.Status.NEW),
          c.failed() ? " (--verify for the table, --pin to pin this run)" : "");
    }
  }

  private boolean verify(Section s) throws Exception {
    Path file = FigureFiles.file(options.figures, s.name());
    if (!Files.exists(file)) {
      throw new UsageException("no pinned figures for " + s.name() + " (" + file + "): pin a run first with --pin");
    }
    PinnedSection pinned = FigureFiles.read(file);
    out.println("== verify " + s.name() + " against " + file + " (pinned from: " + pinned.command() + ")");
    if (!s.command().equals(pinned.command())) {
      out.println("note: this run is " + s.command() + ", not the pinned command: figures that depend on the options "
          + "(trials, rates, rounds) will drift");
    }
    InputCheck inputs = InputCheck.of(pinned, s.inputs().get());
    if (!inputs.rows().isEmpty()) {
      out.print(inputs.table());
    }
    if (inputs.missing()) {
      out.println("verify " + s.name() + ": FAIL, an input is missing: not run");
      return false;
    }
    Report r = s.measure().run();
    Path md = options.verifyOutput.resolve(s.name() + ".md");
    Files.createDirectories(md.getParent());
    Files.writeString(md, r.markdown());
    Comparison c = Comparison.of(pinned, r.figures());
    out.print(c.table());
    boolean ok = !c.failed() && !inputs.failed();
    out.printf("verify %s: %s: %d OK, %d DRIFT, %d MISSING, %d REPORTED (noisy, not failing), %d NEW; this run's "
            + "section: %s%n", s.name(), ok ? "PASS" : "FAIL", c.count(Comparison.Status.OK),
        c.count(Comparison.Status.DRIFT), c.count(Comparison.Status.MISSING), c.count(Comparison.Status.REPORTED),
        c.count(Comparison.Status.NEW), md);
    if (inputs.failed()) {
      out.println("verify " + s.name() + ": CHANGED INPUT: the pinned figures were measured on other data, so drift "
          + "says nothing about the code; if the new data is meant, re-pin with --pin");
    }
    return ok;
  }
}
