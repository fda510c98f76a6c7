package io.khabar.lab.cli;

import io.khabar.lab.eval.Evaluation;
import io.khabar.lab.eval.ExtractionEvaluation;
import io.khabar.lab.eval.NearDuplicateEvaluation;
import io.khabar.lab.eval.NerEvaluation;
import io.khabar.lab.eval.StoryEvaluation;
import io.khabar.lab.eval.TopicEvaluation;
import io.khabar.lab.eval.VariantEvaluation;
import io.khabar.lab.figures.Input;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure quality against baselines and write the figures to docs/benchmarks.md: related articles vs "
        + "Lucene MoreLikeThis (SemEval-2022 pairs, story sets), near-duplicates vs exhaustive Jaccard (SaudiNewsNet), "
        + "stories (B-cubed on the story sets), article extraction vs Readability4J and boilerpipe (archived pages, dev and test), "
        + "named entities (ANERcorp, CoNLL F1), name variants (judged pairs), topics (ANT's last months).",
        "--verify reruns and checks every figure against docs/figures/SECTION.yaml; --pin pins a run's figures there.",
        "Example: ./khabar eval --only stories; ./khabar eval --verify --only variants"})
final class EvalCommand implements Callable<Integer> {
  @Mixin MeasureOptions options;

  @Option(names = "--work", defaultValue = "target/eval", description = "Scratch folder for evaluation stores (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--stories", defaultValue = "docs/eval", description = "Folder of the story sets and judged name pairs (default: ${DEFAULT-VALUE}).")
  Path stories;

  @Option(names = "--pages-gold", defaultValue = "docs/eval/pages-gold", description = "Gold copy of the shared pages (default: ${DEFAULT-VALUE}).")
  Path pagesGold;

  @Option(names = "--extraction-split", defaultValue = "docs/eval/extraction-split.tsv", description = "Dev/test split of the archived pages by outlet (default: ${DEFAULT-VALUE}).")
  Path extractionSplit;

  @Option(names = "--fixtures", defaultValue = "khabar-core/src/test/resources/io/khabar/extract/fixtures", description = "Extraction fixture pages with their gold JSON (default: ${DEFAULT-VALUE}).")
  Path fixtures;

  @Option(names = "--story-windows", defaultValue = "all", description = "Story windows scored: dev (while tuning: the "
      + "test windows are not read) or all (default: ${DEFAULT-VALUE}).")
  String storyWindows;

  @Option(names = "--only", description = "Run one part: related, duplicates, stories, extraction, ner, variants or topics (default: all).")
  String only;

  @Override
  public Integer call() throws Exception {
    return new SectionRunner(options).run(sections(), only);
  }

  private List<Section> sections() {
    Section.Inputs storySets = () -> List.of(ant(), semEval(), file("stories-dev.tsv"), file("stories-test.tsv"));
    Section.Inputs storyInputs = () -> List.of(ant(), file("stories-dev.tsv"), file("stories-test.tsv"),
        new Input("windows", stories.resolve("windows")), new Input("stories-purity-judged", stories.resolve("stories-purity/judged.tsv")));
    return List.of(
        section("related", "eval", storySets, () -> new Evaluation(options.data(), work, stories, System.err).run()),
        section("duplicates", "duplicates", () -> List.of(new Input("saudinewsnet", options.data().saudiNewsNet())),
            () -> new NearDuplicateEvaluation(options.data().saudiNewsNet(), System.err).run()),
        section("stories", "stories", storyInputs, () -> new StoryEvaluation(options.data(), work, stories,
            !"dev".equals(storyWindows), System.err).run()),
        section("extraction", "extraction", () -> List.of(new Input("pages", options.data().pages()),
                new Input("pages-v2", options.data().pagesV2()), new Input("pages-gold", pagesGold),
                new Input("extraction-split", extractionSplit), new Input("extraction-fixtures", fixtures)),
            () -> new ExtractionEvaluation(options.data().pages().getParent(), pagesGold, extractionSplit, fixtures,
                System.err).run()),
        section("ner", "ner", () -> List.of(new Input("anercorp", anercorp())),
            () -> new NerEvaluation(anercorp(), true, System.err).run()),
        section("variants", "variants", () -> List.of(file("name-variants.tsv"), file("name-variants-test.tsv")),
            () -> new VariantEvaluation(stories).run()),
        section("topics", "topics", () -> List.of(ant()), () -> new TopicEvaluation(options.data(), System.err).run()));
  }

  private static Section section(String name, String marker, Section.Inputs inputs, Section.Measure measure) {
    return new Section(name, marker, "./khabar eval --only " + name, true, inputs, measure);
  }

  private Input ant() {
    return new Input("ant", options.data().antTarball());
  }

  private Input semEval() {
    return new Input("semeval2022-ar", options.data().semEvalPairs());
  }

  private Input file(String name) {
    return new Input(name, stories.resolve(name));
  }

  private Path anercorp() {
    options.data(); // the same clear message as the other sections when --shared is wrong
    return options.shared.resolve("anercorp");
  }
}
