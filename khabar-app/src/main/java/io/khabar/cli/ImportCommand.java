package io.khabar.cli;

import io.khabar.internal.Nice;
import io.khabar.Ingestion;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import io.khabar.store.ArticleStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import articles into the store: the ANT corpus (.tar.gz or a folder), SaudiNewsNet zips, "
        + "JSONL (.jsonl, .jsonl.gz). Importing the same data again adds nothing.",
        "Example: ./khabar import ../shared/data/ant/ant-multisource-v2.1.tar.gz"})
final class ImportCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
  List<Path> paths;

  @Option(names = "--commit-every", defaultValue = "100000", description = "Commit after this many articles (default: ${DEFAULT-VALUE}; also the longest run sorted by date, see --date-order).")
  int commitEvery;

  @Option(names = "--commit-seconds", defaultValue = "30", paramLabel = "S",
      description = "Also commit when this many seconds have passed since the last commit, so a kill loses at most "
          + "about that much work (default: ${DEFAULT-VALUE}; 0: by count only, which an exactly reproducible resume needs).")
  int commitSeconds;

  @Option(names = "--date-order", defaultValue = "" + io.khabar.ingest.Importer.DATE_ORDER_WINDOW, paramLabel = "N",
      description = "Group the articles of files in runs of N (at most --commit-every) sorted by date, so stories "
          + "form as if the news came in order whatever the file's order (default: ${DEFAULT-VALUE}; 1: as read).")
  int dateOrder;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "CPU budget of the import in threads (1: one core, leaving the rest to a site served beside it; "
          + "0, the default: an enriching thread per core, at most 3, beside the one that groups and stores).")
  int threads;

  // Both values true: picocli's rule for a negatable option that is on by default (without the fallback value,
  // --no-idle left the import idle).
  @Option(names = "--idle", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run only on CPU time nothing else wants (Linux SCHED_IDLE; the default): a site served on the "
          + "same machine answers as if alone, and on an idle machine the import runs at full speed; on a machine "
          + "that is never idle it waits. --no-idle: run at nice --nice instead.")
  boolean idle;

  @Option(names = "--nice", defaultValue = "10", paramLabel = "N",
      description = "Lower the import's scheduling priority by N (Linux nice; 0: leave it) (default: ${DEFAULT-VALUE}). "
          + "Nice alone only weighs CPU shares: beside a site at 1,000 req/s it is not enough (docs/benchmarks.md, load).")
  int nice;

  @Option(names = "--no-grouping", description = "Skip duplicate and story grouping (faster; stories can be built later with restory).")
  boolean noGrouping;

  @Option(names = "--no-enrichment", description = "Skip finding entities and topics (faster; such articles have none).")
  boolean noEnrichment;
  @Option(names = "--ack", description = "After each durable commit print a line 'committed N last=ID': the first N "
      + "articles read (unchanged ones included) survive any crash from then on; ID is the Nth.")
  boolean ack;

  @Option(names = "--quiet", description = "Print only the summary.")
  boolean quiet;

  @Option(names = "--report-heap", hidden = true, description = "Print the peak heap seen during the import (for ./khabar bench).")
  boolean reportHeap;

  /** Idle work where the system allows it, else nice {@link #nice} (which idle work makes moot). */
  private void lowerPriority() {
    if (idle && Nice.idleProcess()) {
      return;
    }
    if (idle && Nice.available() && !quiet) {
      System.err.println("This system would not run the import as idle work (chrt failed): it runs at nice " + nice
          + " instead.");
    }
    if (nice > 0) {
      Nice.lowerProcess(nice);
    }
  }

  /**
   * Exit codes: 0 when every input was read through (records skipped are reported, not failures); 1 when an
   * input could not be read, or nothing at all was imported; 2 for a usage error.
   */
  @Override
  public Integer call() throws Exception {
    if (commitEvery < 1) {
      throw new UsageException("--commit-every must be at least 1");
    }
    if (commitSeconds < 0 || threads < 0 || nice < 0) {
      throw new UsageException("--commit-seconds, --threads and --nice take a number of 0 or more");
    }
    if (dateOrder < 1) {
      throw new UsageException("--date-order must be at least 1");
    }
    lowerPriority();
    PrintStream out = System.out;
    ImportSummary summary;
    long start = System.nanoTime();
    try (HeapSampler heap = new HeapSampler(); ArticleStore store = data.openStore();
         ProgressPrinter progress = quiet ? null : new ProgressPrinter(out)) {
      Ingestion.Builder chain = Ingestion.into(store).withGrouping(!noGrouping).commitEvery(commitEvery)
          .commitInterval(Duration.ofSeconds(commitSeconds)).threads(threads).dateOrderWindow(dateOrder)
          .progress(progress == null ? Importer.Progress.NONE : progress)
          .onSkip(msg -> { if (!quiet) { System.err.println("skipped " + msg); } });
      if (noEnrichment) {
        chain.withoutEnrichment();
      }
      if (ack) {
        chain.onCommit((n, last) -> {
          out.println("committed " + n + " last=" + last);
          out.flush();
        });
      }
      summary = chain.build().importFiles(paths);
      if (progress != null) {
        progress.done(summary.read());
      }
      out.println(summary);
      out.println(data.describe() + " now holds " + store.size() + " articles");
      if (reportHeap) {
        out.printf("peak heap: %d MB, %.1f s, max heap %d MB%n", heap.peakBytes() >> 20,
            (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
      }
    }
    if (!summary.allInputsRead()) {
      int n = summary.unreadable().size();
      System.err.println("khabar: " + n + (n == 1 ? " input" : " inputs") + " could not be read (named in the summary)"
          + (summary.read() > 0 ? "; the " + summary.read() + " articles read from the rest are imported" : " and nothing was imported")
          + "; fix or remove " + (n == 1 ? "it" : "them") + " and run the import again");
      return 1;
    }
    if (summary.read() == 0) {
      System.err.println("khabar: nothing was imported" + (summary.skipped() > 0 ? ": every record was skipped (see above)"
          : ": the inputs hold no article") + "; check the files and their format");
      return 1;
    }
    return 0;
  }
}
