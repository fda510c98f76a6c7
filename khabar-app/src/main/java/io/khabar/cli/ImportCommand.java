package io.khabar.cli;

import io.khabar.Ingestion;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import io.khabar.store.ArticleStore;
import java.io.PrintStream;
import java.nio.file.Path;
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

  @Option(names = "--commit-every", defaultValue = "10000", description = "Commit after this many articles (default: ${DEFAULT-VALUE}).")
  int commitEvery;

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

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    ProgressPrinter progress = quiet ? null : new ProgressPrinter(out);
    ImportSummary summary;
    long start = System.nanoTime();
    try (HeapSampler heap = new HeapSampler(); ArticleStore store = data.openStore()) {
      Ingestion.Builder chain = Ingestion.into(store).withGrouping(!noGrouping).commitEvery(commitEvery)
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
    return 0;
  }
}
