package io.khabar.lab.cli;

import io.khabar.cli.UsageException;

import io.khabar.lab.eval.Evaluation;
import io.khabar.lab.eval.ExtractionEvaluation;
import io.khabar.lab.eval.NearDuplicateEvaluation;
import io.khabar.lab.eval.NerEvaluation;
import io.khabar.lab.eval.SharedData;
import io.khabar.lab.eval.StoryEvaluation;
import io.khabar.lab.eval.VariantEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure quality against baselines and write the figures to docs/benchmarks.md: related articles vs "
        + "Lucene MoreLikeThis (SemEval-2022 pairs, story sets), near-duplicates vs exhaustive Jaccard (SaudiNewsNet), "
        + "stories (B-cubed on the story sets), article extraction vs Readability4J (archived pages), "
        + "named entities (ANERcorp, CoNLL F1), name variants (judged pairs).",
        "Example: ./khabar eval --only stories"})
final class EvalCommand implements Callable<Integer> {
  private static final List<String> PARTS = List.of("related", "duplicates", "stories", "extraction", "ner", "variants", "topics");

  @Mixin MeasureOptions options;

  @Option(names = "--work", defaultValue = "target/eval", description = "Scratch folder for evaluation stores (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--stories", defaultValue = "docs/eval", description = "Folder of the story sets (default: ${DEFAULT-VALUE}).")
  Path stories;

  @Option(names = "--pages-gold", defaultValue = "docs/eval/pages-gold", description = "Gold copy of the shared pages (default: ${DEFAULT-VALUE}).")
  Path pagesGold;

  @Option(names = "--fixtures", defaultValue = "khabar-core/src/test/resources/io/khabar/extract/fixtures", description = "Extraction fixture pages with their gold JSON (default: ${DEFAULT-VALUE}).")
  Path fixtures;

  @Option(names = "--only", description = "Run one part: related, duplicates, stories, extraction, ner, variants or topics (default: all).")
  String only;

  @Override
  public Integer call() throws Exception {
    SharedData data = options.data();
    if (only != null && !PARTS.contains(only)) {
      throw new UsageException("--only must be one of " + PARTS);
    }
    if (runs("related")) {
      options.write("eval", new Evaluation(data, work, stories, System.err).run());
    }
    if (runs("duplicates")) {
      options.write("duplicates", new NearDuplicateEvaluation(data.saudiNewsNet(), System.err).run());
    }
    if (runs("stories")) {
      options.write("stories", new StoryEvaluation(data, work, stories, System.err).run());
    }
    if (runs("extraction")) {
      options.write("extraction", new ExtractionEvaluation(data.pages(), pagesGold, fixtures, System.err).run());
    }
    if (runs("ner")) {
      options.write("ner", new NerEvaluation(options.shared.resolve("anercorp"), true, System.err).run());
    }
    if (runs("variants")) {
      options.write("variants", new VariantEvaluation(stories).run());
    }
    if (runs("topics")) {
      options.write("topics", new io.khabar.lab.eval.TopicEvaluation(data, System.err).run());
    }
    return 0;
  }

  private boolean runs(String part) {
    return only == null || only.equals(part);
  }
}
