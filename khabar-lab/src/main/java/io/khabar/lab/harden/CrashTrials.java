package io.khabar.lab.harden;

import io.khabar.lab.bench.KhabarJvm;
import io.khabar.model.Article;
import io.khabar.lab.bench.Benchmark;
import io.khabar.ingest.ArticleFiles;
import io.khabar.ingest.ArticleSink;
import io.khabar.ingest.RecordLimits;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kills {@code khabar import --ack} with SIGKILL at seeded random moments and checks what survives:
 * <ol>
 *   <li>the store opens after every kill;</li>
 *   <li>every article the import acknowledged ({@code committed N last=ID}) is there exactly once;</li>
 *   <li>rerun to completion, the store holds the same ids, duplicate groups and stories as one
 *       uninterrupted import with the same commit interval.</li>
 * </ol>
 * The import runs as a child JVM on this JVM's class path (the built classes or the shaded jar), so
 * the kill is a real process death: no shutdown hook, no finally block, no flush.
 */
public final class CrashTrials {
  private static final Pattern ACK = Pattern.compile("committed (\\d+) last=(\\S+)");

  /** What to import and how hard to try. {@code maxKills}: each trial kills 1..maxKills runs in a row. */
  public record Config(Path corpus, int commitEvery, int trials, int maxKills, long seed, Path work) {}

  /**
   * What the trials found. Everything but the counts of trials, kills and checked articles should be 0.
   * Of the {@code kills}, {@code killsBeforeFirstAck} struck before the import's first commit and
   * {@code killsAfterEnd} came after it had ended by itself; the rest struck between two commits.
   */
  public record Report(int trials, int kills, int killsBeforeFirstAck, int killsAfterEnd, long ackedChecked,
                       int lost, int duplicated, int wrongLastId, int unopenable, int finalMismatches,
                       int corpusArticles, double referenceSeconds, List<String> problems) {
    public boolean clean() {
      return lost == 0 && duplicated == 0 && wrongLastId == 0 && unopenable == 0 && finalMismatches == 0;
    }

    /** The kills that test what the trials are for: a running import that had acknowledged something. */
    public int killsBetweenCommits() {
      return kills - killsBeforeFirstAck - killsAfterEnd;
    }
  }

  private final Config config;
  private final PrintStream log;

  public CrashTrials(Config config, PrintStream log) {
    this.config = config;
    this.log = log;
  }

  public Report run() throws IOException, InterruptedException {
    List<String> order = readingOrder(config.corpus());
    long t0 = System.nanoTime();
    Path refData = config.work().resolve("reference");
    Benchmark.fresh(refData);
    Child reference = Child.start(importArgs(refData), config.work().resolve("reference.log"));
    reference.waitToEnd();
    double refSeconds = (System.nanoTime() - t0) / 1e9;
    Map<String, String> expected = snapshot(refData);
    List<String> problems = new ArrayList<>();
    if (!expected.keySet().equals(new java.util.HashSet<>(order))) {
      problems.add("the uninterrupted import does not hold exactly the corpus' articles");
    }
    int kills = 0, beforeFirstAck = 0, afterEnd = 0, lost = 0, duplicated = 0, wrongLast = 0, unopenable = 0;
    int mismatches = 0;
    long checked = 0;
    for (int trial = 0; trial < config.trials(); trial++) {
      Random random = new Random(config.seed() * 1_000_003L + trial);
      Path data = config.work().resolve("trial-" + trial);
      Benchmark.fresh(data);
      int killsHere = 1 + random.nextInt(Math.max(1, config.maxKills()));
      for (int k = 0; k < killsHere; k++) {
        long delayMs = 200 + (long) (random.nextDouble() * refSeconds * 800);
        Child child = Child.start(importArgs(data), config.work().resolve("trial-" + trial + "-kill-" + k + ".log"));
        Thread.sleep(delayMs);
        boolean struck = child.kill();
        kills++;
        Ack ack = child.lastAck();
        if (!struck) {
          afterEnd++;
        } else if (ack == null) {
          beforeFirstAck++;
        }
        Map<String, Integer> counts;
        try {
          counts = idCounts(data);
        } catch (IOException | RuntimeException e) {
          unopenable++;
          problems.add("trial " + trial + ": store does not open after kill " + k + ": " + e);
          continue;
        }
        if (ack != null) {
          checked += ack.articles();
          if (!order.get((int) ack.articles() - 1).equals(ack.lastId())) {
            wrongLast++;
            problems.add("trial " + trial + ": ack 'committed " + ack.articles() + " last=" + ack.lastId()
                + "' but article " + ack.articles() + " is " + order.get((int) ack.articles() - 1));
          }
          for (int i = 0; i < ack.articles(); i++) {
            int n = counts.getOrDefault(order.get(i), 0);
            if (n == 0) {
              lost++;
              problems.add("trial " + trial + ": acknowledged " + order.get(i) + " lost after kill " + k);
            } else if (n > 1) {
              duplicated++;
              problems.add("trial " + trial + ": " + order.get(i) + " stored " + n + " times");
            }
          }
        }
        log.printf("trial %d kill %d after %d ms%s: acknowledged %s, store holds %d%n", trial, k, delayMs,
            struck ? "" : " (the import had already ended)",
            ack == null ? "none" : ack.articles() + " (last " + ack.lastId() + ")", counts.size());
      }
      Child.start(importArgs(data), config.work().resolve("trial-" + trial + "-final.log")).waitToEnd();
      Map<String, String> got = snapshot(data);
      int diff = differences(expected, got, "trial " + trial, problems);
      mismatches += diff;
      log.printf("trial %d: resumed to completion, %d of %d articles differ from the uninterrupted import%n",
          trial, diff, expected.size());
      Benchmark.fresh(data); // the next trial's space
    }
    return new Report(config.trials(), kills, beforeFirstAck, afterEnd, checked, lost, duplicated, wrongLast,
        unopenable, mismatches, order.size(), refSeconds, problems);
  }

  /**
   * The {@code crash} section with its figures. What must be 0 (lost, doubled, unopenable…) and the kill count
   * (drawn from the seed) are exact; where the kills struck depends on the machine's speed.
   */
  public io.khabar.lab.figures.Report report(Report r, String command) {
    return new io.khabar.lab.figures.Figures().count("trials", r.trials()).count("corpus_articles", r.corpusArticles())
        .count("kills", r.kills()).count("kills.between_commits", r.killsBetweenCommits())
        .count("kills.before_first_commit", r.killsBeforeFirstAck()).count("kills.after_end", r.killsAfterEnd())
        .count("acked_checked", r.ackedChecked()).count("unopenable", r.unopenable()).count("lost", r.lost())
        .count("duplicated", r.duplicated()).count("wrong_last_id", r.wrongLastId())
        .count("final_mismatches", r.finalMismatches()).put("reference_seconds", r.referenceSeconds(), 1)
        .report(markdown(r, command));
  }

  /** The {@code crash} section of docs/benchmarks.md. */
  public String markdown(Report r, String command) {
    StringBuilder b = new StringBuilder("## Crash safety (`" + command + "`)\n\n");
    b.append("Machine: ").append(io.khabar.lab.eval.BenchmarksDoc.machine()).append(". `khabar import --ack --commit-every ")
        .append(config.commitEvery()).append("` of ").append(r.corpusArticles())
        .append(" real ANT articles (the start of the bundled sample), grouping on, run as a child JVM and killed with ")
        .append("SIGKILL at a seeded random moment (seed ").append(config.seed()).append("), 1 to ").append(config.maxKills())
        .append(" times in a row per trial, then run to completion. One uninterrupted import took ")
        .append(String.format("%.1f", r.referenceSeconds())).append(" s. Protocol: docs/durability.md.\n\n");
    b.append("| measure | value |\n|---|---|\n");
    b.append("| trials | ").append(r.trials()).append(" |\n");
    b.append("| kills (SIGKILL) | ").append(r.kills()).append(" |\n");
    b.append("| … that struck between two commits | ").append(r.killsBetweenCommits()).append(" |\n");
    b.append("| … that struck before the first commit | ").append(r.killsBeforeFirstAck()).append(" |\n");
    b.append("| … sent after the import had ended by itself (checked all the same) | ").append(r.killsAfterEnd())
        .append(" |\n");
    b.append("| acknowledged articles checked after the kills | ").append(r.ackedChecked()).append(" |\n");
    b.append("| stores that did not open | ").append(r.unopenable()).append(" |\n");
    b.append("| acknowledged articles lost | ").append(r.lost()).append(" |\n");
    b.append("| acknowledged articles stored twice | ").append(r.duplicated()).append(" |\n");
    b.append("| acknowledgements naming the wrong last article | ").append(r.wrongLastId()).append(" |\n");
    b.append("| articles whose id, duplicate group or story differ from the uninterrupted import after resuming | ")
        .append(r.finalMismatches()).append(" |\n");
    if (!r.problems().isEmpty()) {
      b.append("\nFirst problems:\n\n");
      r.problems().stream().limit(10).forEach(p -> b.append("- ").append(p).append('\n'));
    }
    return b.toString();
  }

  private List<String> importArgs(Path data) {
    // By count only: commits by time fall at moments a rerun cannot reproduce, and the trials check the exact resume.
    return List.of("import", "--data", data.toString(), "--commit-every", String.valueOf(config.commitEvery()),
        "--commit-seconds", "0", "--quiet", "--ack", config.corpus().toString());
  }

  /** The ids in the order the import reads them (what the acknowledgement counts). */
  static List<String> readingOrder(Path corpus) throws IOException {
    List<String> ids = new ArrayList<>();
    new ArticleFiles().read(corpus, new ArticleSink() {
      @Override
      public void accept(Article article, String origin) {
        Article clean = RecordLimits.clean(article); // as the importer counts them
        if (RecordLimits.problem(clean) == null) {
          ids.add(clean.id());
        }
      }

      @Override
      public void skip(String origin, String reason) {}
    });
    return ids;
  }

  /** id → "dupGroup story" of every stored article. */
  static Map<String, String> snapshot(Path data) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (LuceneStore store = LuceneStore.openReadOnly(LuceneStore.folderIn(data))) {
      for (Headline h : store.allHeadlines()) {
        out.put(h.id(), h.dupGroup() + " " + h.story());
      }
    }
    return out;
  }

  private static Map<String, Integer> idCounts(Path data) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    if (!LuceneStore.exists(LuceneStore.folderIn(data))) {
      return counts; // killed before its first commit: no store was made, and nothing was acknowledged
    }
    try (LuceneStore store = LuceneStore.openReadOnly(LuceneStore.folderIn(data))) {
      for (Headline h : store.allHeadlines()) {
        counts.merge(h.id(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static int differences(Map<String, String> expected, Map<String, String> got, String where,
                                 List<String> problems) {
    int n = 0;
    java.util.Set<String> ids = new java.util.TreeSet<>(expected.keySet());
    ids.addAll(got.keySet());
    for (String id : ids) {
      String e = expected.get(id);
      String g = got.get(id);
      if (!java.util.Objects.equals(e, g)) {
        n++;
        if (problems.size() < 50) {
          problems.add(where + ": " + id + " expected [" + e + "] got [" + g + "]");
        }
      }
    }
    return n;
  }

  record Ack(long articles, String lastId) {}

  /** A {@code khabar} child JVM whose acknowledgements are read as they come. */
  static final class Child {
    private final Process process;
    private final Thread reader;
    private volatile Ack last;
    private final Path stderr;

    private Child(Process process, Path stderr) {
      this.process = process;
      this.stderr = stderr;
      this.reader = new Thread(this::readAcks, "ack-reader");
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(List<String> args, Path stderr) throws IOException {
      List<String> cmd = KhabarJvm.command(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), args);
      Files.createDirectories(stderr.getParent());
      return new Child(new ProcessBuilder(cmd).redirectError(stderr.toFile()).start(), stderr);
    }

    private void readAcks() {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          Matcher m = ACK.matcher(line);
          if (m.matches()) {
            last = new Ack(Long.parseLong(m.group(1)), m.group(2));
          }
        }
      } catch (IOException e) {
        // the process died under us: the acknowledgements read so far are what counts
      }
    }

    /**
     * SIGKILL on Linux (destroyForcibly), then waits for the death and for the last line already written.
     * False if the import had already ended by itself (exit code 0): the kill struck nothing.
     */
    boolean kill() throws InterruptedException {
      process.destroyForcibly();
      int exit = process.waitFor();
      reader.join(5000);
      return exit != 0;
    }

    void waitToEnd() throws InterruptedException, IOException {
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("import did not finish in 10 minutes");
      }
      reader.join(5000);
      if (process.exitValue() != 0) {
        List<String> err = Files.exists(stderr) ? Files.readAllLines(stderr) : List.of();
        throw new IOException("import failed with exit code " + process.exitValue() + "; it printed: "
            + String.join("\n", err.subList(Math.max(0, err.size() - 20), err.size())));
      }
    }

    Ack lastAck() {
      return last;
    }
  }
}
