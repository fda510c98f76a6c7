package io.khabar.lab.eval;

import io.khabar.model.Topic;
import io.khabar.enrich.topic.TopicClassifier;
import io.khabar.enrich.topic.TopicClassifier.Algorithm;
import io.khabar.enrich.topic.TopicClassifier.Training;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.lab.train.TopicCorpus;
import io.khabar.enrich.topic.TopicSample;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Topic classification on ANT split by date (see {@link TopicCorpus}). Settings are compared on the dev
 * month only; the chosen one ({@link Training#DEFAULT}) and the naive Bayes baseline are then trained on
 * train+dev, exactly as {@code ./khabar train-topics} trains the shipped model, and scored once on the
 * test months. The shipped model is scored too, to show it is the one measured.
 */
public final class TopicEvaluation {
  /** What is tried on the dev month. */
  static final List<Training> SWEEP = List.of(
      new Training(Algorithm.MAXENT, 100, 3), new Training(Algorithm.MAXENT, 100, 5),
      new Training(Algorithm.MAXENT, 200, 3), new Training(Algorithm.PERCEPTRON, 100, 3),
      new Training(Algorithm.NAIVE_BAYES, 100, 3));
  /** The baseline scored on test beside the chosen setting. */
  static final Training BASELINE = new Training(Algorithm.NAIVE_BAYES, 100, 3);

  private final SharedData data;
  private final PrintStream log;

  public TopicEvaluation(SharedData data, PrintStream log) {
    this.data = data;
    this.log = log;
  }

  /**
   * The section and its figures: split sizes, per test model ({@code maxent}, {@code naive_bayes}, {@code shipped})
   * accuracy, macro-F1 and per-topic F1, the dev sweep, and the six-label comparison.
   */
  public Report run() throws IOException {
    long start = System.nanoTime();
    Figures figures = new Figures();
    TopicCorpus corpus = TopicCorpus.readAnt(data.antTarball());
    log.printf(Locale.ROOT, "topics: %d train, %d dev, %d test articles%n", corpus.train().size(), corpus.dev().size(),
        corpus.test().size());
    Evaluation.Table sweep = new Evaluation.Table("| learner | iterations | cutoff | dev accuracy | dev macro-F1 |",
        "|---|---|---|---|---|");
    for (Training t : SWEEP) {
      TopicScores s = TopicScores.of(TopicClassifier.train(corpus.train(), t), corpus.dev());
      log.println("topics: " + t + " dev accuracy " + Evaluation.fmt(s.accuracy()));
      sweep.row(name(t) + (t.equals(Training.DEFAULT) ? " (chosen)" : ""), iterations(t), String.valueOf(t.cutoff()),
          Evaluation.fmt(s.accuracy()), Evaluation.fmt(s.macroF1()));
      String id = "sweep." + t.algorithm().name().toLowerCase(Locale.ROOT) + "-" + t.iterations() + "-cutoff" + t.cutoff();
      figures.put(id + ".dev_accuracy", s.accuracy(), 3).put(id + ".dev_macro_f1", s.macroF1(), 3);
    }
    String sixLabels = sixLabels(corpus, figures);
    TopicScores chosen = TopicScores.of(TopicClassifier.train(corpus.trainAndDev(), Training.DEFAULT), corpus.test());
    TopicScores baseline = TopicScores.of(TopicClassifier.train(corpus.trainAndDev(), BASELINE), corpus.test());
    TopicScores shipped = TopicScores.of(TopicClassifier.load(), corpus.test());
    double seconds = (System.nanoTime() - start) / 1e9;
    figures.count("train.articles", corpus.train().size()).count("dev.articles", corpus.dev().size())
        .count("test.articles", corpus.test().size()).count("left_out", corpus.skipped());
    put(figures, "test.maxent", chosen);
    put(figures, "test.naive_bayes", baseline);
    put(figures, "test.shipped", shipped);
    figures.put("seconds", seconds, 0);
    return figures.report(report(corpus, sweep, sixLabels, chosen, baseline, shipped, seconds));
  }

  private static void put(Figures figures, String prefix, TopicScores s) {
    figures.put(prefix + ".accuracy", s.accuracy(), 3).put(prefix + ".macro_f1", s.macroF1(), 3);
    for (Topic t : Topic.values()) {
      figures.put(prefix + ".f1." + t.key(), s.f1().get(t), 3);
    }
  }

  /**
   * Why world and Middle East are one topic: the chosen learner trained on ANT's own six categories,
   * scored on the dev month as six labels and with its answers merged onto the topics.
   */
  private String sixLabels(TopicCorpus corpus, Figures figures) throws IOException {
    TopicClassifier c = TopicClassifier.train(corpus.train(), Training.DEFAULT, TopicSample::category);
    int exact = 0;
    int merged = 0;
    int apart = 0;
    for (TopicSample s : corpus.dev()) {
      String label = c.label(s.features());
      exact += label.equals(s.category()) ? 1 : 0;
      merged += Topic.fromCategory(label).orElse(null) == s.topic() ? 1 : 0;
      apart += !label.equals(s.category()) && Topic.fromCategory(label).orElse(null) == s.topic() ? 1 : 0;
    }
    int n = corpus.dev().size();
    log.println("topics: six labels dev accuracy " + Evaluation.fmt((double) exact / n));
    figures.put("six_labels.dev_accuracy", (double) exact / n, 3).count("six_labels.errors", n - exact)
        .count("six_labels.world_vs_middle_east_errors", apart)
        .put("six_labels.world_vs_middle_east_pct", 100.0 * apart / Math.max(1, n - exact), 0)
        .put("six_labels.merged_dev_accuracy", (double) merged / n, 3);
    return String.format(Locale.ROOT, "Trained on ANT's six categories instead (internationalNews and middleEast apart), "
        + "the same learner scores dev accuracy %s; %d of its %d errors (%.0f%%) only confuse internationalNews with "
        + "middleEast, and with its answers merged onto the topics it scores %s. The outlets draw that line differently "
        + "(Al Arabiya has no Middle East section), so Khabar keeps one politics topic.",
        Evaluation.fmt((double) exact / n), apart, n - exact, 100.0 * apart / Math.max(1, n - exact),
        Evaluation.fmt((double) merged / n));
  }

  private static String name(Training t) {
    return switch (t.algorithm()) {
      case MAXENT -> "maxent (GIS)";
      case PERCEPTRON -> "perceptron";
      case NAIVE_BAYES -> "naive Bayes";
    };
  }

  private static String iterations(Training t) {
    return t.algorithm() == Algorithm.NAIVE_BAYES ? "–" : String.valueOf(t.iterations());
  }

  private String report(TopicCorpus corpus, Evaluation.Table sweep, String sixLabels, TopicScores chosen, TopicScores baseline,
      TopicScores shipped, double seconds) {
    Evaluation.Table test = new Evaluation.Table(header(), rule());
    test.row(row(name(Training.DEFAULT) + ", cutoff " + Training.DEFAULT.cutoff(), chosen));
    test.row(row("baseline: naive Bayes, cutoff " + BASELINE.cutoff(), baseline));
    test.row(row("shipped model (`TopicClassifier.load()`)", shipped));
    StringBuilder b = new StringBuilder();
    b.append("## Topics (`./khabar eval --only topics`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    b.append("ANT v2.1 split by date: train = articles published before ").append(TopicCorpus.DEV_FROM).append(" (")
        .append(corpus.train().size()).append("), dev = ").append(TopicCorpus.DEV_FROM).append(" to ")
        .append(TopicCorpus.TEST_FROM.minusDays(1)).append(" (").append(corpus.dev().size()).append("), test = from ")
        .append(TopicCorpus.TEST_FROM).append(" (").append(corpus.test().size()).append("); ").append(corpus.skipped())
        .append(" left out (no date or category). Features: Khabar's stems of the title (marked) and the first ")
        .append("6,000 characters of the text, bag of words (OpenNLP 2.5.11 document categorizer). Topics and the ")
        .append("category mapping: docs/topics.md. Goal: test accuracy ≥ 0.90. Whole run: ")
        .append(String.format(Locale.ROOT, "%.0f", seconds)).append(" s.\n\n");
    b.append("Test months, models trained on train+dev (as `./khabar train-topics` does); per-topic columns are F1:\n\n");
    b.append(test).append('\n');
    b.append("Settings compared on the dev month only (trained on train):\n\n");
    b.append(sweep).append('\n');
    b.append(sixLabels).append('\n');
    return b.toString();
  }

  private static String header() {
    StringBuilder h = new StringBuilder("| model | accuracy | macro-F1 |");
    for (Topic t : Topic.values()) {
      h.append(' ').append(t.key()).append(" |");
    }
    return h.toString();
  }

  private static String rule() {
    return "|---|---|---|" + "---|".repeat(Topic.values().length);
  }

  private static String[] row(String label, TopicScores s) {
    String[] cells = new String[3 + Topic.values().length];
    cells[0] = label;
    cells[1] = Evaluation.fmt(s.accuracy());
    cells[2] = Evaluation.fmt(s.macroF1());
    for (Topic t : Topic.values()) {
      cells[3 + t.ordinal()] = Evaluation.fmt(s.f1().get(t));
    }
    return cells;
  }
}
