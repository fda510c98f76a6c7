package io.khabar.cli;

import io.khabar.eval.BenchmarksDoc;
import io.khabar.eval.Evaluation;
import io.khabar.eval.SharedData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure related-article quality against Lucene MoreLikeThis (SemEval-2022 pairs, story dev/test sets) "
        + "and write the figures to docs/benchmarks.md.",
        "Example: ./khabar eval --shared ../shared/data"})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--shared", defaultValue = "../shared/data", description = "The shared data sets (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--work", defaultValue = "target/eval", description = "Scratch folder for evaluation stores (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--stories", defaultValue = "docs/eval", description = "Folder of the story sets (default: ${DEFAULT-VALUE}).")
  Path stories;

  @Option(names = "--out", defaultValue = "docs/benchmarks.md", description = "Report file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    SharedData data;
    try {
      data = new SharedData(shared);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String section = new Evaluation(data, work, stories, System.err).run();
    BenchmarksDoc.writeSection(out, "eval", section);
    System.out.println(section);
    System.out.println("written to " + out);
    return 0;
  }
}
