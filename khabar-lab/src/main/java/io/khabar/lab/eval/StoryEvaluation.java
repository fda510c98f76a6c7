package io.khabar.lab.eval;

import io.khabar.Ingestion;
import io.khabar.lab.baseline.SinglePassClustering;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.model.Article;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.story.StoryConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story grouping quality. The main figures are on the complete windows ({@link StoryWindows}): B-cubed over every
 * article of each two-day window, Khabar's stories (the whole of ANT imported oldest first) cut to the window,
 * beside every article alone and the classic single-pass clustering (threshold chosen on the dev windows). The
 * threshold sweep is scored on the dev windows only; the test windows are read only when {@code withTest}. The
 * sparse story sets remain as a recall check; purity of the largest stories comes from {@link StoryPurity}.
 */
public final class StoryEvaluation {
  /** Oldest first, undated last, then by id: as news arrives, and the same order on every run. */
  public static final Comparator<Article> OLDEST_FIRST = Comparator
      .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Article::id);
  private static final double[] SWEEP = {0.20, 0.215, 0.22, 0.24};
  private static final double[] BASELINE_SWEEP = {0.15, 0.20, 0.25, 0.30, 0.35, 0.40};
  private static final Duration BASELINE_REACH = Duration.ofHours(72);

  private final SharedData data;
  private final Path work;
  private final Path evalDocs;
  private final boolean withTest;
  private final PrintStream log;

  public StoryEvaluation(SharedData data, Path work, Path evalDocs, boolean withTest, PrintStream log) {
    this.data = data;
    this.work = work;
    this.evalDocs = evalDocs;
    this.withTest = withTest;
    this.log = log;
  }

  public Report run() throws IOException {
    Figures figures = new Figures();
    List<Article> ant = new ArrayList<>(data.antArticlesAsImported());
    ant.sort(OLDEST_FIRST);
    List<StoryWindows.Window> dev = StoryWindows.read(evalDocs.resolve("windows"), StoryWindows.DEV);
    List<StoryWindows.Window> test = withTest ? StoryWindows.read(evalDocs.resolve("windows"), StoryWindows.TEST) : List.of();

    Evaluation.Table sweep = new Evaluation.Table("| threshold | dev precision | dev recall | dev F1 | sparse dev recall |",
        "|---|---|---|---|---|");
    Grouped full = null;
    for (double t : SWEEP) {
      StoryConfig c = StoryConfig.defaults().withThreshold(t);
      boolean isDefault = c.equals(StoryConfig.defaults());
      Grouped g = group(ant, c, isDefault ? "full" : "sweep");
      BCubed mean = mean(dev, g.stories);
      BCubed sparse = BCubed.of(StoryEvents.read(evalDocs.resolve("stories-dev.tsv")), g.stories);
      sweep.row(Evaluation.fmt(t) + (isDefault ? " (default)" : ""), Evaluation.fmt(mean.precision()),
          Evaluation.fmt(mean.recall()), Evaluation.fmt(mean.f1()), String.format(Locale.ROOT, "%.4f", sparse.recall()));
      put(figures, "sweep.t" + t + ".dev", mean);
      log.printf(Locale.ROOT, "stories: threshold %.3f: dev windows P %.3f R %.3f F1 %.3f, sparse dev recall %.4f%n",
          t, mean.precision(), mean.recall(), mean.f1(), sparse.recall());
      if (isDefault) {
        full = g;
      }
    }
    double baselineT = chooseBaseline(ant, dev);
    Evaluation.Table windows = windowTable(figures, ant, full.stories, dev, test, baselineT);
    // Purity is of the import's stories: scored before restory rewrites them in place (until the eighth session it
    // was scored after, so the pinned purity was the rebuild's).
    StoryPurity.Result purity = new StoryPurity(evalDocs.resolve("stories-purity")).score(full.folder, 20);
    Evaluation.Table sparse = sparseTable(figures, full.stories, restory(full.folder));
    figures.count("stories", full.storyCount());
    figures.put("grouping_seconds", full.seconds(), 0);
    figures.put("purity.top20", purity.purity(), 3);
    figures.count("purity.unjudged", purity.unjudged());
    return figures.report(report(full, windows, sweep, sparse, baselineT, purity));
  }

  /** The single-pass threshold with the best mean B-cubed F1 on the dev windows. */
  private double chooseBaseline(List<Article> ant, List<StoryWindows.Window> dev) {
    SinglePassClustering.Vectors vectors = new SinglePassClustering.Vectors(ant);
    double best = BASELINE_SWEEP[0];
    double bestF1 = -1;
    for (double t : BASELINE_SWEEP) {
      double f1 = mean(dev, w -> singlePass(ant, vectors, w, t)).f1();
      log.printf(Locale.ROOT, "stories: single-pass baseline t=%.2f: dev F1 %.3f%n", t, f1);
      if (f1 > bestF1) {
        best = t;
        bestF1 = f1;
      }
    }
    baselineVectors = vectors;
    return best;
  }

  private SinglePassClustering.Vectors baselineVectors;

  /** The baseline over the window's articles and the five days before it (so stories begun earlier exist). */
  private static Map<String, String> singlePass(List<Article> ant, SinglePassClustering.Vectors vectors,
      StoryWindows.Window w, double t) {
    LocalDate start = LocalDate.parse(w.name());
    List<Article> span = ant.stream().filter(a -> a.published() != null).filter(a -> {
      LocalDate d = LocalDate.parse(a.id().substring(a.id().length() - 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      return !d.isBefore(start.minusDays(5)) && !d.isAfter(start.plusDays(2));
    }).toList();
    return new SinglePassClustering(t, BASELINE_REACH.toMillis()).cluster(span, vectors);
  }

  private Evaluation.Table windowTable(Figures figures, List<Article> ant, Map<String, String> stories,
      List<StoryWindows.Window> dev, List<StoryWindows.Window> test, double baselineT) {
    Evaluation.Table t = new Evaluation.Table(
        "| window | split | articles | events | Khabar P | R | F1 | single-pass P | R | F1 | all alone F1 |",
        "|---|---|---|---|---|---|---|---|---|---|---|");
    for (List<StoryWindows.Window> split : List.of(dev, test)) {
      double[] sums = new double[7];
      for (StoryWindows.Window w : split) {
        BCubed k = BCubed.of(w.events(), stories);
        BCubed b = BCubed.of(w.events(), singlePass(ant, baselineVectors, w, baselineT));
        BCubed alone = BCubed.of(w.events(), Map.of());
        String s = w.dev() ? "dev" : "test";
        t.row(w.name(), s, Integer.toString(w.ids().size()), Integer.toString(w.events().events().size()),
            Evaluation.fmt(k.precision()), Evaluation.fmt(k.recall()), Evaluation.fmt(k.f1()),
            Evaluation.fmt(b.precision()), Evaluation.fmt(b.recall()), Evaluation.fmt(b.f1()), Evaluation.fmt(alone.f1()));
        put(figures, "window." + w.name(), k);
        put(figures, "baseline." + w.name(), b);
        figures.put("alone." + w.name() + ".f1", alone.f1(), 3);
        double[] v = {k.precision(), k.recall(), k.f1(), b.precision(), b.recall(), b.f1(), alone.f1()};
        for (int i = 0; i < v.length; i++) {
          sums[i] += v[i] / split.size();
        }
      }
      if (!split.isEmpty()) {
        String s = split.get(0).dev() ? "dev" : "test";
        t.row("**mean**", s, "", "", Evaluation.fmt(sums[0]), Evaluation.fmt(sums[1]), "**" + Evaluation.fmt(sums[2]) + "**",
            Evaluation.fmt(sums[3]), Evaluation.fmt(sums[4]), Evaluation.fmt(sums[5]), Evaluation.fmt(sums[6]));
        figures.put(s + ".precision", sums[0], 3).put(s + ".recall", sums[1], 3).put(s + ".f1", sums[2], 3);
        figures.put("baseline." + s + ".f1", sums[5], 3).put("alone." + s + ".f1", sums[6], 3);
      }
    }
    return t;
  }

  private Evaluation.Table sparseTable(Figures figures, Map<String, String> imported, Map<String, String> rebuilt)
      throws IOException {
    Evaluation.Table t = new Evaluation.Table("| grouping | set | precision (labelled only) | recall | F1 |",
        "|---|---|---|---|---|");
    for (var g : List.of(Map.entry("import", imported), Map.entry("restory", rebuilt))) {
      for (String set : withTest ? List.of("dev", "test") : List.of("dev")) {
        BCubed b = BCubed.of(StoryEvents.read(evalDocs.resolve("stories-" + set + ".tsv")), g.getValue());
        // Recall with four decimals: it has a floor (0.85), and 0.8499 printed with three reads as the floor met.
        t.row(g.getKey(), set, Evaluation.fmt(b.precision()), String.format(Locale.ROOT, "%.4f", b.recall()),
            Evaluation.fmt(b.f1()));
        String id = "sparse." + g.getKey() + "." + set;
        figures.put(id + ".precision", b.precision(), 3).put(id + ".recall", b.recall(), 4).put(id + ".f1", b.f1(), 3);
      }
    }
    return t;
  }

  private static BCubed mean(List<StoryWindows.Window> windows, Map<String, String> stories) {
    return mean(windows, w -> stories);
  }

  private static BCubed mean(List<StoryWindows.Window> windows,
      java.util.function.Function<StoryWindows.Window, Map<String, String>> storiesOf) {
    double p = 0;
    double r = 0;
    for (StoryWindows.Window w : windows) {
      BCubed b = BCubed.of(w.events(), storiesOf.apply(w));
      p += b.precision() / windows.size();
      r += b.recall() / windows.size();
    }
    return new BCubed(p, r);
  }

  private static void put(Figures figures, String prefix, BCubed b) {
    figures.put(prefix + ".precision", b.precision(), 3);
    figures.put(prefix + ".recall", b.recall(), 3);
    figures.put(prefix + ".f1", b.f1(), 3);
  }

  record Grouped(Path folder, Map<String, String> stories, int storyCount, double seconds) {}

  /** Imports the articles in the given order with grouping on; returns each article's story. */
  Grouped group(List<Article> articles, StoryConfig config, String name) throws IOException {
    Path folder = work.resolve("stories-" + name);
    long start = System.nanoTime();
    try (LuceneStore store = EvalStores.build(folder, io.khabar.text.AnalysisVariant.KHABAR, List.of())) {
      // The articles come enriched (SharedData), as import stores them; grouping with the settings under test.
      Ingestion.into(store).withoutEnrichment().storyConfig(config).build().importArticles(articles, "eval");
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

  static Map<String, String> storiesOf(LuceneStore store) throws IOException {
    Map<String, String> stories = new HashMap<>();
    for (Headline h : store.allHeadlines()) {
      if (h.story() != null) {
        stories.put(h.id(), h.story());
      }
    }
    return stories;
  }

  private String report(Grouped full, Evaluation.Table windows, Evaluation.Table sweep, Evaluation.Table sparse,
      double baselineT, StoryPurity.Result purity) {
    StoryConfig d = StoryConfig.defaults();
    StringBuilder b = new StringBuilder();
    b.append("## Stories (`./khabar eval --only stories`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    b.append(String.format(Locale.ROOT, "The whole ANT corpus imported oldest first with the defaults (reach %d h "
            + "around a story's articles and at most %d h after its first, centroid decay %d h, threshold %.3f, title "
            + "weight %.0f, first %d terms of the text, repeated lines removed, "
            + "background frequencies blended with the store's; chosen on the dev windows only): %d stories in %.0f s.%n%n",
        d.reach().toHours(), d.maxSpan().toHours(), d.decay().toHours(), d.threshold(), d.titleWeight(), d.bodyTerms(),
        full.storyCount(), full.seconds()));
    b.append("**Complete windows** (`docs/eval/stories-windows.md`): every article of each two-day window judged; "
        + "B-cubed over all of them, Khabar's stories cut to the window. Beside it, in the same run: every article "
        + "alone, and the classic single-pass clustering (tf-idf over the whole text, nearest centroid, reach 72 h "
        + "after a story's last article) at the threshold best on the dev windows, ")
        .append(Evaluation.fmt(baselineT)).append(withTest ? ". Dev windows: the first round's three and the spent "
            + "test windows of the rounds after it (" + StoryWindows.DEV.size() + "; tuned on, so these figures are not "
            + "results). Test windows: round " + StoryWindows.TEST_ROUND + "'s three (split by weeks), labelled before "
            + "any change of that round, scored once."
            : ". Test windows not scored in this run (`--story-windows all` scores them).").append("\n\n");
    b.append(windows).append('\n');
    b.append("Threshold sweep, dev windows only (mean of the " + StoryWindows.DEV.size() + "), with the sparse dev set's recall (floor 0.85):\n\n");
    b.append(sweep).append('\n');
    b.append("**Sparse sets** (`stories-dev.tsv`, `stories-test.tsv`: a few articles per event labelled, so "
        + "precision here cannot see an off-event article merged in; kept as a recall check), at import and after "
        + "`restory`:\n\n");
    b.append(sparse).append('\n');
    b.append(purity.markdown()).append('\n');
    return b.toString();
  }
}
