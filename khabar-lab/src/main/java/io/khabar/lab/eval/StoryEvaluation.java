package io.khabar.lab.eval;

import io.khabar.Ingestion;

import io.khabar.model.Article;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.story.StoryConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story grouping quality: B-cubed on the story dev and test sets (ANT imported oldest first with
 * grouping on, as an import would do it; then rebuilt with restory), the tuning sweep (scored on the
 * dev set only), and same-story precision/recall on the SemEval pairs.
 */
public final class StoryEvaluation {
  private static final Comparator<Article> OLDEST_FIRST = Comparator
      .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Article::id);

  private final SharedData data;
  private final Path work;
  private final StoryEvents dev;
  private final StoryEvents test;
  private final PrintStream log;

  public StoryEvaluation(SharedData data, Path work, Path storySets, PrintStream log) throws IOException {
    this.data = data;
    this.work = work;
    this.dev = StoryEvents.read(storySets.resolve("stories-dev.tsv"));
    this.test = StoryEvents.read(storySets.resolve("stories-test.tsv"));
    this.log = log;
  }

  /**
   * The section and its figures: B-cubed per grouping (import, restory) and set, the story count, the sweep's dev
   * scores per setting, and the SemEval same-story decisions.
   */
  public Report run() throws IOException {
    Figures figures = new Figures();
    List<Article> ant = new ArrayList<>(data.antArticlesAsImported());
    ant.sort(OLDEST_FIRST);
    Evaluation.Table sweep = new Evaluation.Table(
        "| threshold | title weight | entity weight | dev precision | dev recall | dev F1 |", "|---|---|---|---|---|---|");
    Grouped full = null;
    for (StoryConfig c : sweepConfigs()) {
      boolean isDefault = c.equals(StoryConfig.defaults());
      Grouped g = group(ant, c, isDefault ? "full" : "sweep");
      BCubed b = BCubed.of(dev, g.stories);
      sweep.row(Evaluation.fmt(c.threshold()), Evaluation.fmt(c.titleWeight()),
          Evaluation.fmt(c.entityWeight()) + (isDefault ? " (default)" : ""), Evaluation.fmt(b.precision()),
          Evaluation.fmt(b.recall()), Evaluation.fmt(b.f1()));
      put(figures, "sweep.t" + c.threshold() + "-tw" + c.titleWeight() + "-ew" + c.entityWeight() + ".dev", b);
      log.println("stories: sweep " + c + ": F1 " + Evaluation.fmt(b.f1()));
      if (isDefault) {
        full = g;
      }
    }
    Map<String, String> rebuilt = restory(full.folder);
    Evaluation.Table results = new Evaluation.Table("| grouping | set | precision | recall | F1 |", "|---|---|---|---|---|");
    addRows(results, figures, "import", "import, oldest first", full.stories);
    addRows(results, figures, "restory", "restory", rebuilt);
    figures.count("stories", full.storyCount());
    figures.put("grouping_seconds", full.seconds(), 0);
    SameStory semEval = semEval();
    figures.put("semeval.precision", semEval.precision(), 3);
    figures.put("semeval.recall", semEval.recall(), 3);
    figures.count("semeval.true_positives", semEval.tp());
    figures.count("semeval.false_positives", semEval.fp());
    figures.count("semeval.false_negatives", semEval.fn());
    figures.count("semeval.true_negatives", semEval.tn());
    return figures.report(report(sweep, results, full, semEval.toString()));
  }

  private static void put(Figures figures, String prefix, BCubed b) {
    figures.put(prefix + ".precision", b.precision(), 3);
    figures.put(prefix + ".recall", b.recall(), 3);
    figures.put(prefix + ".f1", b.f1(), 3);
  }

  /** The settings compared on the dev set: threshold and title weight, and the weight of shared entities. */
  private static List<StoryConfig> sweepConfigs() {
    StoryConfig d = StoryConfig.defaults();
    return List.of(
        d.withEntityWeight(0).withThreshold(0.15),
        d.withEntityWeight(0).withTitleWeight(0.3),
        d.withEntityWeight(0),
        d.withEntityWeight(0.1),
        d,
        d.withEntityWeight(0.4),
        d.withThreshold(0.25));
  }

  private void addRows(Evaluation.Table t, Figures figures, String id, String label, Map<String, String> stories) {
    for (var set : List.of(Map.entry("dev", dev), Map.entry("test", test))) {
      BCubed b = BCubed.of(set.getValue(), stories);
      t.row(label, set.getKey(), Evaluation.fmt(b.precision()), Evaluation.fmt(b.recall()), Evaluation.fmt(b.f1()));
      put(figures, id + "." + set.getKey(), b);
    }
  }

  record Grouped(Path folder, Map<String, String> stories, int storyCount, double seconds) {}

  /** Imports the articles in the given order with grouping on; returns each article's story. */
  Grouped group(List<Article> articles, StoryConfig config, String name) throws IOException {
    Path folder = work.resolve("stories-" + name);
    long start = System.nanoTime();
    try (LuceneStore store = EvalStores.build(folder, io.khabar.text.AnalysisVariant.KHABAR, List.of())) {
      // The articles come enriched (SharedData), as import stores them; grouping with the settings under test.
      Ingestion.into(store).withoutEnrichment().storyConfig(config).commitEvery(Integer.MAX_VALUE).build()
          .importArticles(articles, "eval");
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, String> stories = storiesOf(store);
      return new Grouped(folder, stories, (int) stories.values().stream().distinct().count(), seconds);
    }
  }

  private Map<String, String> restory(Path folder) throws IOException {
    try (LuceneStore store = LuceneStore.open(folder)) {
      Ingestion.into(store).build().restory(n -> { });
      return storiesOf(store);
    }
  }

  private static Map<String, String> storiesOf(LuceneStore store) throws IOException {
    Map<String, String> stories = new HashMap<>();
    for (Headline h : store.allHeadlines()) {
      if (h.story() != null) {
        stories.put(h.id(), h.story());
      }
    }
    return stories;
  }

  /**
   * Same-story decisions on the SemEval pairs (Overall ≤ 1.5 = same story, ≥ 3.5 = different; the
   * rest is left out). The excerpts have no dates: each pair is dated one day, ten days from the next
   * pair and two years after ANT, so that only the two texts of a pair can meet in a story.
   */
  private SameStory semEval() throws IOException {
    SemEvalPairs pairs = SemEvalPairs.read(data.semEvalPairs());
    List<Article> articles = new ArrayList<>(data.antArticlesAsImported()); // as import groups them: enriched
    articles.sort(OLDEST_FIRST);
    OffsetDateTime day = OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    List<Article> dated = new ArrayList<>();
    for (SemEvalPairs.Pair p : pairs.pairs()) {
      dated.add(dated(p.first(), day));
      dated.add(dated(p.second(), day.plusHours(1)));
      day = day.plusDays(10);
    }
    articles.addAll(SharedData.asImported(dated));
    Map<String, String> stories = group(articles, StoryConfig.defaults(), "semeval").stories;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (SemEvalPairs.Pair p : pairs.pairs()) {
      if (p.overall() > 1.5 && p.overall() < 3.5) {
        continue;
      }
      String a = stories.get(p.first().id());
      boolean same = a != null && a.equals(stories.get(p.second().id()));
      boolean truth = p.overall() <= 1.5;
      if (same && truth) {
        tp++;
      } else if (same) {
        fp++;
      } else if (truth) {
        fn++;
      } else {
        tn++;
      }
    }
    return new SameStory(tp, fp, fn, tn);
  }

  /** Same-story decisions on the SemEval pairs. */
  record SameStory(int tp, int fp, int fn, int tn) {
    double precision() {
      return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    double recall() {
      return (double) tp / Math.max(1, tp + fn);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "same-story precision %s, recall %s (%d same-story pairs, %d different-story "
              + "pairs; %d true positives, %d false positives, %d false negatives, %d true negatives)",
          tp + fp == 0 ? "n/a" : Evaluation.fmt(precision()), Evaluation.fmt(recall()), tp + fn, fp + tn, tp, fp, fn, tn);
    }
  }

  private static Article dated(Article a, OffsetDateTime when) {
    return new Article(a.id(), a.url(), a.source(), a.title(), a.text(), when, a.author(), a.category());
  }

  private String report(Evaluation.Table sweep, Evaluation.Table results, Grouped full, String semEval) {
    StoryConfig d = StoryConfig.defaults();
    StringBuilder b = new StringBuilder();
    b.append("## Stories (`./khabar eval --only stories`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    b.append("B-cubed precision/recall/F1 over the labelled articles of the story sets (dev: ").append(dev.events().size())
        .append(" events, ").append(dev.articleCount()).append(" articles; test: ").append(test.events().size())
        .append(" events, ").append(test.articleCount()).append(" articles; \"maybe\" members left out). The whole ANT ")
        .append("corpus is grouped, oldest article first, with the defaults (window ").append(d.window().toDays())
        .append(" days, span ").append(d.span().toDays()).append(" days, threshold ").append(d.threshold()).append(", title weight ").append(d.titleWeight())
        .append(", entity weight ").append(d.entityWeight()).append("; ANT enriched as import does, entities from the shipped NER model): ")
        .append(full.storyCount()).append(" stories in ").append(String.format(Locale.ROOT, "%.0f", full.seconds()))
        .append(" s. Goal: F1 ≥ 0.90.\n\n");
    b.append(results).append('\n');
    b.append("Tuning on the dev set only (whole corpus grouped with each setting; the default is the best row; "
        + "entity weight = weight of the Jaccard of the two articles' entity keys):\n\n");
    b.append(sweep).append('\n');
    b.append("SemEval-2022 pairs: ").append(semEval).append(".\n");
    return b.toString();
  }
}
