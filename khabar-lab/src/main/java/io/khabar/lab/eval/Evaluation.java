package io.khabar.lab.eval;

import io.khabar.model.Article;
import io.khabar.relate.Related;
import io.khabar.relate.RelatedConfig;
import io.khabar.relate.RelatedFinder;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.lab.baseline.MoreLikeThisBaseline;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.text.AnalysisVariant;
import io.khabar.text.KhabarAnalyzer;
import io.khabar.text.TextFingerprint;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every quality figure of related articles, each beside Lucene MoreLikeThis measured in the same run:
 * SemEval-2022 pair correlation, and recall@10 of same-event articles on the story dev and test sets,
 * for each analysis variant (the ablation of every fix over Lucene's ArabicAnalyzer).
 */
public final class Evaluation {
  static final int K = 10;

  private final SharedData data;
  private final Path work;
  private final StoryEvents dev;
  private final StoryEvents test;
  private final PrintStream log;

  public Evaluation(SharedData data, Path work, Path storySets, PrintStream log) throws IOException {
    this.data = data;
    this.work = work;
    this.dev = StoryEvents.read(storySets.resolve("stories-dev.tsv"));
    this.test = StoryEvents.read(storySets.resolve("stories-test.tsv"));
    this.log = log;
  }

  /**
   * Runs everything and returns the section for docs/benchmarks.md with its figures: per analysis (and for
   * MoreLikeThis, id {@code mlt}) the SemEval Spearman and dev/test recall@10, and the dev recall@10 of each
   * tuning setting.
   */
  public Report run() throws IOException {
    List<Article> articles = new ArrayList<>(data.antArticlesAsImported());
    SemEvalPairs pairs = SemEvalPairs.read(data.semEvalPairs());
    articles.addAll(SharedData.asImported(pairs.articles()));
    Map<String, String> fingerprints = new HashMap<>();
    articles.forEach(a -> fingerprints.put(a.id(), TextFingerprint.of(a.text())));
    log.println("eval: " + articles.size() + " articles (ANT + SemEval pairs), dev " + dev.events().size()
        + " events, test " + test.events().size() + " events");

    Table variants = new Table("| analysis | SemEval Spearman | dev recall@10 | test recall@10 |", "|---|---|---|---|");
    Table tuning = new Table("| time weight | half-life (days) | title boost | dev recall@10 |", "|---|---|---|---|");
    Figures figures = new Figures();
    for (AnalysisVariant v : AnalysisVariant.values()) {
      try (LuceneStore store = EvalStores.build(work.resolve(v.name().toLowerCase(Locale.ROOT)), v, articles)) {
        Analyzer analyzer = KhabarAnalyzer.create(v);
        if (v == AnalysisVariant.LUCENE_ARABIC) {
          MoreLikeThisBaseline mlt = new MoreLikeThisBaseline(store, analyzer);
          row(variants, figures, "mlt", "Lucene MoreLikeThis (baseline)", spearman(pairs, mlt::pairScore),
              StoryRecall.of(dev, fingerprints, mlt::similar, K), StoryRecall.of(test, fingerprints, mlt::similar, K));
        }
        RelatedFinder ours = new RelatedFinder(store, analyzer, RelatedConfig.defaults());
        row(variants, figures, v.name().toLowerCase(Locale.ROOT), "Khabar related, " + label(v),
            spearman(pairs, (a, b) -> ours.similarity(a, b).orElse(Double.NaN)), recall(dev, fingerprints, ours),
            recall(test, fingerprints, ours));
        log.println("eval: " + v + " done");
        if (v == AnalysisVariant.KHABAR) {
          tune(store, analyzer, fingerprints, tuning, figures);
        }
      }
    }
    return figures.report(report(variants, tuning, pairs));
  }

  private static void row(Table t, Figures figures, String id, String label, double spearman, double dev, double test) {
    t.row(label, fmt(spearman), fmt(dev), fmt(test));
    figures.put(id + ".semeval_spearman", spearman, 3);
    figures.put(id + ".dev_recall10", dev, 3);
    figures.put(id + ".test_recall10", test, 3);
  }

  private void tune(LuceneStore store, Analyzer analyzer, Map<String, String> fingerprints, Table tuning,
      Figures figures) throws IOException {
    for (double weight : new double[] {0, 0.4, 0.8, 1.0}) {
      for (double halfLife : weight == 0 ? new double[] {7} : new double[] {2, 7}) {
        for (double boost : new double[] {1, 2, 3}) {
          RelatedConfig c = RelatedConfig.defaults().withTime(weight, halfLife).withTitleBoost(boost);
          RelatedFinder f = new RelatedFinder(store, analyzer, c);
          double r = recall(dev, fingerprints, f);
          tuning.row(fmt(weight), fmt(halfLife), fmt(boost), fmt(r));
          figures.put("tuning.w" + weight + "-h" + halfLife + "-b" + boost + ".dev_recall10", r, 3);
        }
      }
    }
  }

  private static double recall(StoryEvents events, Map<String, String> fingerprints, RelatedFinder f) throws IOException {
    return StoryRecall.of(events, fingerprints, (id, k) -> ids(f.related(id, k).orElse(null)), K);
  }

  private static List<String> ids(Related r) {
    return r == null ? List.of() : r.similar().stream().map(Related.Entry::id).toList();
  }

  interface PairScorer {
    double score(String a, String b) throws IOException;
  }

  /** Correlation with similarity (5 - Overall), so that higher is better. */
  static double spearman(SemEvalPairs pairs, PairScorer scorer) throws IOException {
    double[] ours = new double[pairs.pairs().size()];
    double[] human = new double[ours.length];
    for (int i = 0; i < ours.length; i++) {
      SemEvalPairs.Pair p = pairs.pairs().get(i);
      ours[i] = scorer.score(p.first().id(), p.second().id());
      human[i] = 5 - p.overall();
    }
    return Spearman.of(ours, human);
  }

  private static String label(AnalysisVariant v) {
    return switch (v) {
      case LUCENE_ARABIC -> "Lucene ArabicAnalyzer";
      case NORMALIZED -> "+ normalized stopwords, hamza/Persian folding";
      case ROOT_WAW -> "+ root-waw words kept";
      case KHABAR -> "+ names kept unstemmed (Khabar)";
    };
  }

  private String report(Table variants, Table tuning, SemEvalPairs pairs) {
    StringBuilder b = new StringBuilder();
    b.append("## Related-article quality (`./khabar eval`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    b.append("Data: ANT corpus v2.1 (").append(pairs.pairs().size()).append(" SemEval-2022 Task 8 ar-ar pairs imported beside it, ")
        .append("so that idf is that of a news collection). SemEval: Spearman of the pair score with the human similarity ")
        .append("(5 - Overall). Stories: recall@10 of same-event articles in `similar` (copies of one text count once; ")
        .append("found / min(10, relevant), averaged per event then over events); dev = `docs/eval/stories-dev.tsv` (")
        .append(dev.events().size()).append(" events, ").append(dev.articleCount()).append(" articles), test = ")
        .append("`docs/eval/stories-test.tsv` (").append(test.events().size()).append(" events, ").append(test.articleCount())
        .append(" articles, never used for tuning). MoreLikeThis runs on the Lucene ArabicAnalyzer index; each Khabar row ")
        .append("on an index built with that row's analysis.\n\n");
    b.append(variants).append('\n');
    b.append("Tuning of the related-article score on the dev set only (Khabar analysis; the defaults in `RelatedConfig` ")
        .append("are the best row):\n\n");
    b.append(tuning);
    return b.toString();
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** A Markdown table. */
  static final class Table {
    private final StringBuilder rows = new StringBuilder();

    Table(String header, String rule) {
      rows.append(header).append('\n').append(rule).append('\n');
    }

    void row(String... cells) {
      rows.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    @Override
    public String toString() {
      return rows.toString();
    }
  }
}
