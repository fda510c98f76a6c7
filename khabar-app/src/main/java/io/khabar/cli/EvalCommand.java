package io.khabar.cli;

import io.khabar.eval.BenchmarksDoc;
import io.khabar.eval.Evaluation;
import io.khabar.eval.NearDuplicateEvaluation;
import io.khabar.eval.SharedData;
import io.khabar.eval.StoryEvaluation;
import java.util.List;
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

  @Option(names = "--only", description = "Run one part: related, stories or duplicates (default: all).")
  String only;

  @Override
  public Integer call() throws Exception {
    SharedData data;
    try {
      data = new SharedData(shared);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (only != null && !List.of("related", "stories", "duplicates").contains(only)) {
      throw new UsageException("--only must be related, stories or duplicates");
    }
    if (only == null || only.equals("related")) {
      write("eval", new Evaluation(data, work, stories, System.err).run());
    }
    if (only == null || only.equals("duplicates")) {
      write("duplicates", new NearDuplicateEvaluation(data.saudiNewsNet(), System.err).run());
    }
    if (only == null || only.equals("stories")) {
      write("stories", new StoryEvaluation(data, work, stories, System.err).run());
    }
    return 0;
  }

  private void write(String name, String section) throws java.io.IOException {
    BenchmarksDoc.writeSection(out, name, section);
    System.out.println(section);
    System.out.println("written to " + out);
  }
}
