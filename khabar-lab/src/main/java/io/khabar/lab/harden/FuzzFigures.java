package io.khabar.lab.harden;

import io.khabar.lab.eval.BenchmarksDoc;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code fuzz} section: what the last fuzzing step ({@code mvn -B -pl khabar-core -Pfuzz test}, which
 * fuzzes every Jazzer target, .ci/run's step after {@code mvn -B verify}) left in
 * {@code khabar-core/target/fuzz-stats} and {@code khabar-core/target/fuzz-reports}, and the crash inputs
 * kept as regression seeds.
 */
public final class FuzzFigures {
  /** The fuzzing step of .ci/run (khabar-core's `fuzz` profile). */
  static final String STEP = "mvn -B -pl khabar-core -Pfuzz test";

  private FuzzFigures() {}

  /**
   * The section and its figures: per target the executions and seconds (the machine's), seeds, former crashes
   * and findings (a missing report counts as n/a, which no pinned 0 accepts); and the totals.
   */
  public static Report report(Path repo) throws IOException {
    Path stats = repo.resolve("khabar-core/target/fuzz-stats");
    if (!Files.isDirectory(stats)) {
      throw new IOException("no fuzzing figures in " + stats + ": run `" + STEP + "` first");
    }
    StringBuilder b = new StringBuilder("## Fuzzing (`" + STEP + "`, then `./khabar bench --only fuzz`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(" (the fuzzing JVMs: -Xmx1g). Jazzer ")
        .append("(com.code-intelligence:jazzer-junit 0.30.0, Java 17) fuzzes each target in its own JVM in the ")
        .append("`fuzz` profile, .ci/run's step after `mvn -B verify` (`-Dkhabar.fuzz.duration=30s` per target by ")
        .append("default); `mvn test` and `mvn verify` only replay the targets' seeds. A finding fails ")
        .append("the step and is written beside the seeds, where it stays as a regression test.\n\n");
    b.append("| target | test | executions | seconds | seeds kept | former crashes kept as seeds | findings (failed inputs) |\n")
        .append("|---|---|---|---|---|---|---|\n");
    List<Path> files;
    try (Stream<Path> s = Files.list(stats)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Figures figures = new Figures().count("targets", files.size());
    double findingsTotal = 0;
    int crashesTotal = 0;
    for (Path f : files) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(f)) {
        p.load(in);
      }
      String test = p.getProperty("test", "?");
      List<String> seeds = seeds(repo, test);
      String crashes = seeds.stream().filter(n -> n.startsWith("crash-")).map(n -> "`" + n + "`")
          .collect(Collectors.joining(", "));
      String findings = findings(repo, test);
      b.append(String.format("| %s | `%s` | %,d | %s | %d | %s | %s |%n", p.getProperty("target"), test,
          Long.parseLong(p.getProperty("executions")), p.getProperty("seconds"), seeds.size(),
          crashes.isEmpty() ? "none" : crashes, findings));
      String id = p.getProperty("target") + ".";
      long formerCrashes = seeds.stream().filter(n -> n.startsWith("crash-")).count();
      double found = findings.matches("\\d+") ? Double.parseDouble(findings) : Double.NaN;
      figures.count(id + "executions", Long.parseLong(p.getProperty("executions")))
          .put(id + "seconds", Double.parseDouble(p.getProperty("seconds")), 1).count(id + "seeds", seeds.size())
          .count(id + "former_crashes", formerCrashes).put(id + "findings", found, 0);
      findingsTotal += found;
      crashesTotal += formerCrashes;
    }
    figures.put("findings", findingsTotal, 0).count("former_crashes", crashesTotal);
    b.append("\nA former crash is a seed whose name starts with `crash-`; what each was and its fix: docs/security.md, row 8.\n");
    return figures.report(b.toString());
  }

  /** Failures and errors in the fuzzing run's surefire report: a finding fails its test. */
  private static String findings(Path repo, String testClass) throws IOException {
    Path report = repo.resolve("khabar-core/target/fuzz-reports/TEST-" + testClass + ".xml");
    if (!Files.exists(report)) {
      return "no report";
    }
    String head = Files.readString(report);
    java.util.regex.Matcher f = java.util.regex.Pattern.compile("failures=\"(\\d+)\"").matcher(head);
    java.util.regex.Matcher e = java.util.regex.Pattern.compile("errors=\"(\\d+)\"").matcher(head);
    return f.find() && e.find() ? String.valueOf(Integer.parseInt(f.group(1)) + Integer.parseInt(e.group(1))) : "?";
  }

  /** The names of the target's seed files (the test's {@code Inputs} folder in the source tree). */
  private static List<String> seeds(Path repo, String testClass) throws IOException {
    int dot = testClass.lastIndexOf('.');
    Path dir = repo.resolve("khabar-core/src/test/resources").resolve(testClass.substring(0, dot + 1).replace('.', '/'))
        .resolve(testClass.substring(dot + 1) + "Inputs");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
