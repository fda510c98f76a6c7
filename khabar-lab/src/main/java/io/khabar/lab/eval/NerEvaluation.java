package io.khabar.lab.eval;

import io.khabar.enrich.ner.Gazetteer;
import io.khabar.enrich.ner.NamedEntityFinder;
import io.khabar.enrich.ner.NerFeatures;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.lab.train.NerModelBuilder;
import io.khabar.lab.train.NerTrainer;
import io.khabar.lab.train.NerTrainingConfig;
import io.khabar.enrich.ner.SentenceTagger;
import io.khabar.enrich.ner.TaggedSentence;
import io.khabar.enrich.ner.TaggedSentence.TypedSpan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Named-entity quality on ANERcorp (entity-level CoNLL scoring): the shipped model beside baselines trained in
 * the same run (OpenNLP's default features without gazetteers; a gazetteer-only tagger), and the dev-split
 * comparison the shipped settings were chosen from.
 */
public final class NerEvaluation {
  private static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
  /** Settings compared on the dev split (the shipped model uses the best). */
  static final List<NerTrainingConfig> TUNING = List.of(
      new NerTrainingConfig(true, "bio", "PERCEPTRON", 300, 0),
      NerTrainingConfig.DEFAULT,
      new NerTrainingConfig(true, "bilou", "MAXENT", 150, 0));

  private final NerModelBuilder corpus;
  private final PrintStream log;
  private final boolean tune;

  public NerEvaluation(Path anercorp, boolean tune, PrintStream log) {
    this.corpus = new NerModelBuilder(anercorp);
    this.tune = tune;
    this.log = log;
  }

  /**
   * The section and its figures: sentence counts, per tagger ({@code gazetteer}, {@code opennlp_default},
   * {@code khabar}) dev F1 and test P/R/F1, per type the gold count and each tagger's P/R/F1, and the tuning rows.
   */
  public Report run() throws IOException {
    NerFeatures.register();
    List<TaggedSentence> train = corpus.split("train");
    List<TaggedSentence> dev = corpus.split("dev");
    List<TaggedSentence> test = corpus.split("test");
    Map<String, List<String[]>> gazetteers = corpus.gazetteers();

    log.println("ner: training the OpenNLP default baseline");
    TokenNameFinderModel baseline = NerTrainer.train(train, gazetteers, NerTrainingConfig.OPENNLP_DEFAULT);
    TokenNameFinderModel shipped = NamedEntityFinder.shippedModel();
    GazetteerTagger gazetteerOnly = new GazetteerTagger(gazetteers);

    Figures figures = new Figures().count("sentences.train", train.size()).count("sentences.dev", dev.size())
        .count("sentences.test", test.size());
    StringBuilder md = new StringBuilder();
    md.append("## Named entities (`./khabar eval --only ner`)\n\n");
    md.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    md.append(String.format("Data: ANERcorp (Benajiba et al. 2007) as split in the shared data: train %d sentences, "
        + "dev %d, test %d. **This split is not CAMeL Lab's**, so published figures are anchors, not a comparison: "
        + "CRF ≈ 0.79, CAMeL Tools ≈ 0.83 entity F1 on theirs. Scoring: entity level, exact span and type "
        + "(conlleval), `ConllScorer`. The shipped model (`khabar-core/.../enrich/ner/ner-ar.bin`, built by "
        + "`./khabar train-ner --anercorp ../shared/data/anercorp` from the train split only: %s) is read from the "
        + "jar; both baselines are built in this run.%n%n",
        train.size(), dev.size(), test.size(), NerTrainingConfig.DEFAULT.describe()));
    md.append("| tagger | dev F1 | test precision | test recall | test F1 |\n|---|---|---|---|---|\n");
    ConllScorer shippedTest = score(new SentenceTagger(shipped)::tag, test);
    ConllScorer baselineTest = score(new SentenceTagger(baseline)::tag, test);
    ConllScorer gazTest = score(gazetteerOnly::tag, test);
    row(md, figures, "gazetteer", "gazetteer-only (longest ANERGazet match, clitic-aware)",
        score(gazetteerOnly::tag, dev), gazTest);
    row(md, figures, "opennlp_default", "OpenNLP default features, no gazetteer (baseline)",
        score(new SentenceTagger(baseline)::tag, dev), baselineTest);
    row(md, figures, "khabar", "**Khabar model** (shipped)", score(new SentenceTagger(shipped)::tag, dev), shippedTest);
    md.append("\nPer type on the test split (precision / recall / F1):\n\n");
    md.append("| type | test entities | Khabar model | OpenNLP default | gazetteer-only |\n|---|---|---|---|---|\n");
    for (String t : TYPES) {
      md.append(String.format("| %s | %d | %s | %s | %s |%n", t, shippedTest.type(t).gold(),
          prf(shippedTest.type(t)), prf(baselineTest.type(t)), prf(gazTest.type(t))));
      String type = t.toLowerCase(java.util.Locale.ROOT);
      figures.count("test." + type + ".entities", shippedTest.type(t).gold());
      prf(figures, "khabar.test." + type, shippedTest.type(t));
      prf(figures, "opennlp_default.test." + type, baselineTest.type(t));
      prf(figures, "gazetteer.test." + type, gazTest.type(t));
    }
    if (tune) {
      md.append("\nSettings compared on the dev split; test F1 shown for the record, not used for the choice. BIO "
          + "and BILOU tie on dev (the shipped model uses BILOU); maxent is far behind the averaged perceptron. "
          + "Feature ablations tried on dev during development (token window ±3, no raw-token affixes, stem window "
          + "±2) each lost 0.01–0.02 dev F1.\n\n");
      md.append("| settings | dev F1 | test F1 |\n|---|---|---|\n");
      for (NerTrainingConfig c : TUNING) {
        log.println("ner: tuning " + c.describe());
        TokenNameFinderModel m = NerTrainer.train(train, gazetteers, c);
        double devF1 = score(new SentenceTagger(m)::tag, dev).overall().f1();
        double testF1 = score(new SentenceTagger(m)::tag, test).overall().f1();
        md.append(String.format("| %s | %.3f | %.3f |%n", c.describe(), devF1, testF1));
        String id = "tuning." + c.codec() + "-" + c.algorithm().toLowerCase(java.util.Locale.ROOT) + c.iterations()
            + "-cutoff" + c.cutoff() + (c.arabicFeatures() ? "" : "-default_features");
        figures.put(id + ".dev_f1", devF1, 3).put(id + ".test_f1", testF1, 3);
      }
    }
    return figures.report(md.toString());
  }

  private static void row(StringBuilder md, Figures figures, String id, String name, ConllScorer dev, ConllScorer test) {
    md.append(String.format("| %s | %.3f | %.3f | %.3f | %.3f |%n", name, dev.overall().f1(),
        test.overall().precision(), test.overall().recall(), test.overall().f1()));
    figures.put(id + ".dev.f1", dev.overall().f1(), 3);
    prf(figures, id + ".test", test.overall());
  }

  private static void prf(Figures figures, String prefix, ConllScorer.Counts c) {
    figures.put(prefix + ".precision", c.precision(), 3).put(prefix + ".recall", c.recall(), 3)
        .put(prefix + ".f1", c.f1(), 3);
  }

  private static String prf(ConllScorer.Counts c) {
    return String.format("%.3f / %.3f / %.3f", c.precision(), c.recall(), c.f1());
  }

  static ConllScorer score(Function<String[], List<TypedSpan>> tagger, List<TaggedSentence> sentences) {
    ConllScorer scorer = new ConllScorer();
    for (TaggedSentence s : sentences) {
      scorer.add(s.spans(), tagger.apply(s.tokens()));
    }
    return scorer;
  }

  /** Tags every longest gazetteer match with the list's type (persons, then locations, then organizations). */
  static final class GazetteerTagger {
    private final List<Gazetteer> lists = new ArrayList<>();
    private final List<String> types = List.of("PERS", "LOC", "ORG");

    GazetteerTagger(Map<String, List<String[]>> gazetteers) {
      lists.add(new Gazetteer(gazetteers.get("pers")));
      lists.add(new Gazetteer(gazetteers.get("loc")));
      lists.add(new Gazetteer(gazetteers.get("org")));
    }

    List<TypedSpan> tag(String[] tokens) {
      String[] folded = NerFeatures.modelTokens(tokens);
      String[] tags = new String[tokens.length];
      java.util.Arrays.fill(tags, "O");
      for (int g = 0; g < lists.size(); g++) {
        Gazetteer.Mark[] marks = lists.get(g).marks(folded);
        for (int i = 0; i < marks.length; i++) {
          if (marks[i] == Gazetteer.Mark.BEGIN && tags[i].equals("O")) {
            tags[i] = "B-" + types.get(g);
            for (int j = i + 1; j < marks.length && marks[j] == Gazetteer.Mark.INSIDE && tags[j].equals("O"); j++) {
              tags[j] = "I-" + types.get(g);
            }
          }
        }
      }
      return TaggedSentence.spansOf(tags);
    }
  }
}
