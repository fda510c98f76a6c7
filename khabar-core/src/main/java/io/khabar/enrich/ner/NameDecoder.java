package io.khabar.enrich.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's name finder ({@code NameFinderME} with its {@code BeamSearch} over a perceptron model), giving the
 * same names and the same probabilities (within rounding on the compiled path, see below), in about 0.7 of its
 * time (24,219 ANT sentences, three rounds; before the compiled path).
 *
 * <p>Why: named entities were the import's largest cost, and most of it was the beam search asking the model
 * to score each token once per sequence in the beam (3 by default). Of a token's features only the last four
 * depend on the sequence (the previous two outcomes, {@code po=}, {@code pow=}, {@code powf=},
 * {@code ppo=}); the rest, from the feature generators, are the same for every sequence. The model adds each
 * feature's weights to its outcome sums in feature order, so the sums of the shared features can be computed
 * once per token and the four remaining features added for each sequence: on the generic path the sums are bit
 * for bit those OpenNLP computes, and so are the decisions (the compiled path: below). Sequences that share
 * their two previous outcomes share one score. Requires what the shipped descriptor gives: no feature generator
 * reads the previous outcomes.
 *
 * <p>Two paths compute the shared sums. For the shipped descriptor, {@link CompiledFeatures} looks each distinct
 * token's own features up once, not at every window position (names of the demo sample, 2,551 articles, three
 * runs alternating with the build before it, 5e211b6, whose decoder is the generic path: 1.34, 1.38, 1.55
 * against 2.21, 2.51, 2.79 ms an article, the same entities), and sums them per token and role (0.78 against
 * 0.51 ms an article with the later changes, the same 38,343 entities: {@code NerSpeed}, docs/benchmarks.md,
 * enrichment section). Any other descriptor takes the generic path:
 * OpenNLP's generators, their strings looked up at each position, whose sums are bit for bit OpenNLP's; the
 * compiled path adds the same weights in another order, so its sums may differ in their last bits, not its
 * names ({@code NameDecoderTest}, {@code CompiledFeaturesTest}).
 *
 * <p>Not thread-safe (adaptive data and the generators' caches are per instance): one per thread.
 */
final class NameDecoder {
  /** OpenNLP's BeamSearch drops sequences scoring below this log probability (its private zeroLog). */
  private static final double MIN_SEQUENCE_SCORE = -100000;
  /** Where a TokenNameFinderModel keeps its classifier (its MAXENT_MODEL_ENTRY_NAME, which is private). */
  private static final String MODEL_ENTRY = "nameFinder.model";
  private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][];

  private final int beamSize;
  private final Map<String, Context> weights;
  private final String[] outcomeNames;
  private final NameContextGenerator contexts; // the generic path's generators (null on the compiled path)
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  /**
   * For OpenNLP's own BIO and BILOU validators (the shipped model's is BILOU), which read only a sequence's last
   * outcome: whether outcome o may follow outcome p, at {@code [p + 1][o]} ({@code [0]}: at a sentence's start).
   * Null for any other validator. Why: asking the validator needs the sequence's outcomes as an array, built anew
   * for each sequence at each token.
   */
  private final boolean[][] validAfter;
  /** The shipped descriptor's features resolved once per token; null for another descriptor (generic path). */
  private final CompiledFeatures compiled;
  private final CompiledFeatures.Reader reader;
  /** The index of the outcome "other": the previous outcome of a sentence's first tokens. */
  private final int other;
  /** The adaptive data of the compiled path: the outcome each token last had in this document (PreviousMap's). */
  private final Map<String, Integer> previous = new HashMap<>();
  private Path last;
  /** Work arrays of {@link #bestPath}, reused from token to token: a token's shared sums, and its scores. */
  private final double[] shared;
  private final Scores[] scored; // one per pair of previous outcomes met at the token, at most the beam's width
  private final double[] largest; // kthLargest's

  /** Whether the model is one this decoder scores as OpenNLP does: a perceptron (maxent sums differently). */
  static boolean decodes(TokenNameFinderModel model) {
    return model.getArtifact(MODEL_ENTRY) instanceof AbstractModel m && m.getModelType() == AbstractModel.ModelType.Perceptron
        && Arrays.asList((String[]) m.getDataStructures()[2]).contains(NameFinderME.OTHER);
  }

  @SuppressWarnings("unchecked")
  NameDecoder(TokenNameFinderModel model) {
    this(model, compile(model));
  }

  /**
   * A decoder using {@code compiled}, made for the same model by {@link #compile} and shared with other threads'
   * decoders; null takes the generic path (any descriptor).
   */
  NameDecoder(TokenNameFinderModel model, CompiledFeatures compiled) {
    if (!decodes(model)) {
      throw new IllegalArgumentException("NameDecoder scores perceptron name finders only");
    }
    AbstractModel perceptron = model.getArtifact(MODEL_ENTRY);
    Object[] data = perceptron.getDataStructures();
    this.weights = (Map<String, Context>) data[1];
    this.outcomeNames = (String[]) data[2];
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    TokenNameFinderFactory factory = model.getFactory();
    this.contexts = compiled == null ? factory.createContextGenerator() : null; // the compiled path needs none
    this.codec = factory.createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.validAfter = readsLastOutcomeOnly(validator) ? validAfter(validator, outcomeNames) : null;
    this.compiled = compiled;
    this.reader = compiled == null ? null : compiled.reader();
    this.other = Arrays.asList(outcomeNames).indexOf(NameFinderME.OTHER);
    this.shared = new double[outcomeNames.length];
    this.scored = new Scores[beamSize];
    for (int k = 0; k < beamSize; k++) {
      scored[k] = new Scores(outcomeNames.length);
    }
    this.largest = new double[beamSize];
  }

  /** OpenNLP's two name validators, read in its 2.5.11 sources: they look at the last outcome and nothing else. */
  private static boolean readsLastOutcomeOnly(SequenceValidator<String> validator) {
    Class<?> c = validator.getClass();
    return c == NameFinderSequenceValidator.class || c == BilouNameFinderSequenceValidator.class;
  }

  /** The validator's answers for every previous outcome (none, then each outcome) and next outcome. */
  private static boolean[][] validAfter(SequenceValidator<String> validator, String[] outcomeNames) {
    boolean[][] valid = new boolean[outcomeNames.length + 1][outcomeNames.length];
    for (int p = -1; p < outcomeNames.length; p++) {
      String[] previous = p < 0 ? new String[0] : new String[] {outcomeNames[p]};
      for (int o = 0; o < outcomeNames.length; o++) {
        valid[p + 1][o] = validator.validSequence(p + 1, new String[0], previous, outcomeNames[o]);
      }
    }
    return valid;
  }

  /** The model's compiled features, to share between threads' decoders; null if its descriptor is not the shipped one. */
  @SuppressWarnings("unchecked")
  static CompiledFeatures compile(TokenNameFinderModel model) {
    if (!decodes(model)) {
      return null;
    }
    Object[] data = ((AbstractModel) model.getArtifact(MODEL_ENTRY)).getDataStructures();
    return CompiledFeatures.of(model, (Map<String, Context>) data[1], (String[]) data[2]);
  }

  /** The names of one sentence of (already folded) tokens; what it tagged informs later sentences. */
  Span[] find(String[] tokens) {
    last = bestPath(tokens, compiled != null ? reader.sentence(tokens, previous) : genericScores(tokens));
    String[] outcomes = last.outcomes(outcomeNames);
    if (compiled != null) {
      int[] indices = last.indices();
      for (int i = 0; i < tokens.length; i++) {
        previous.put(tokens[i], indices[i]);
      }
    } else {
      contexts.updateAdaptiveData(tokens, outcomes);
    }
    return codec.decode(Arrays.asList(outcomes));
  }

  /** The probability of each outcome of the last sentence's best sequence (as NameFinderME.probs). */
  double[] probs() {
    return last.probs();
  }

  /** Forgets what earlier sentences taught the adaptive features (call between documents). */
  void clearAdaptiveData() {
    if (contexts != null) {
      contexts.clearAdaptiveData();
    }
    previous.clear();
  }

  /**
   * How a sentence's tokens are scored: the sums of token i's features shared by every sequence, then those sums
   * with the features of the sequence's previous two outcomes (by index), before normalization.
   */
  interface Scoring {
    /** Writes the shared sums of token i into {@code sums}. */
    void shared(int i, double[] sums);

    /** Writes {@code shared} plus the previous outcomes' features into {@code sums}. */
    void withPrevious(double[] shared, int i, int previous, int beforePrevious, double[] sums);
  }

  /** Any descriptor: the feature strings of OpenNLP's generators, looked up at each position. */
  private Scoring genericScores(String[] tokens) {
    return new Scoring() {
      @Override
      public void shared(int i, double[] sums) {
        System.arraycopy(sharedSums(i, tokens), 0, sums, 0, sums.length);
      }

      @Override
      public void withPrevious(double[] shared, int i, int previous, int beforePrevious, double[] sums) {
        double[] out = previousSums(shared, tokens[i], outcomeNames[previous], outcomeNames[beforePrevious]);
        System.arraycopy(out, 0, sums, 0, sums.length);
      }
    };
  }

  /**
   * OpenNLP's BeamSearch.bestSequences loop, step for step: the same queues, filled in the same order with the
   * same scores, so ties fall the same way. Three things differ, none in what is decided: a token's model
   * scores are computed as the class comment says; a sequence is a link to the one it extends rather than a copy
   * of all its outcomes (OpenNLP copies them, with their boxed probabilities, at every token); and OpenNLP's own
   * validators are asked through {@link #validAfter}, the entry bar through {@link #kthLargest}.
   */
  private Path bestPath(String[] tokens, Scoring scoring) {
    Queue<Path> prev = new PriorityQueue<>(beamSize);
    Queue<Path> next = new PriorityQueue<>(beamSize);
    prev.add(Path.EMPTY);
    for (int i = 0; i < tokens.length; i++) {
      scoring.shared(i, shared);
      int nScored = 0;
      int sz = Math.min(beamSize, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Path top = prev.remove();
        String[] outcomes = validAfter == null ? top.outcomes(outcomeNames) : null;
        int po = top.length > 0 ? top.outcome : other;
        int ppo = top.length > 1 ? top.parent.outcome : other;
        Scores scores = Scores.find(scored, nScored, po, ppo);
        if (scores == null) {
          scores = scored[nScored++];
          scoring.withPrevious(shared, i, po, ppo, scores.probs);
          double[] probs = normalize(scores.probs); // in place
          scores.set(po, ppo, kthLargest(probs, Math.min(beamSize, probs.length), largest));
        }
        advance(top, i, tokens, outcomes, scores.probs, scores.beamMinimum, next);
        if (next.isEmpty()) { // as OpenNLP: when nothing advanced, advance all valid outcomes
          advance(top, i, tokens, outcomes, scores.probs, Double.NEGATIVE_INFINITY, next);
        }
      }
      prev.clear();
      Queue<Path> tmp = prev;
      prev = next;
      next = tmp;
    }
    return prev.remove();
  }

  private void advance(Path top, int i, String[] tokens, String[] outcomes, double[] probs, double min,
      Queue<Path> next) {
    for (int p = 0; p < probs.length; p++) {
      if (probs[p] >= min && valid(top, i, tokens, outcomes, p)) {
        Path np = new Path(top, p, probs[p]);
        if (np.score > MIN_SEQUENCE_SCORE) {
          next.add(np);
        }
      }
    }
  }

  private boolean valid(Path top, int i, String[] tokens, String[] outcomes, int p) {
    if (validAfter != null) {
      return validAfter[top.length > 0 ? top.outcome + 1 : 0][p];
    }
    return validator.validSequence(i, tokens, outcomes, outcomeNames[p]);
  }

  /**
   * A token's outcome probabilities after two previous outcomes, and the least that enters the beam. Reused from
   * token to token (a decoder's {@link #scored}): the sequences keep the probabilities they took, not the arrays.
   * Why: these arrays, made anew for each sequence at each token, were a seventh of all an import allocated.
   */
  private static final class Scores {
    private int previous;
    private int beforePrevious;
    private final double[] probs;
    private double beamMinimum;

    Scores(int outcomes) {
      this.probs = new double[outcomes];
    }

    void set(int previous, int beforePrevious, double beamMinimum) {
      this.previous = previous;
      this.beforePrevious = beforePrevious;
      this.beamMinimum = beamMinimum;
    }

    /**
     * The scores after these two outcomes among the first {@code n} (a linear search: at most the beam's width;
     * an array by outcome pair had to be cleared at each token, 4% of name finding).
     */
    static Scores find(Scores[] scores, int n, int previous, int beforePrevious) {
      for (int k = 0; k < n; k++) {
        if (scores[k].previous == previous && scores[k].beforePrevious == beforePrevious) {
          return scores[k];
        }
      }
      return null;
    }
  }

  /**
   * The k-th largest value (k ≥ 1), duplicates counted: what OpenNLP takes from a sorted copy
   * ({@code sorted[length - k]}), found in one pass without sorting (the sort was 6% of naming an article).
   * Probabilities are finite and positive, so plain comparisons order them as the sort does.
   */
  static double kthLargest(double[] values, int k) {
    return kthLargest(values, k, new double[k]);
  }

  /** {@link #kthLargest(double[], int)} in {@code top} (its first k places are overwritten). */
  private static double kthLargest(double[] values, int k, double[] top) {
    Arrays.fill(top, 0, k, Double.NEGATIVE_INFINITY);
    for (double v : values) {
      if (v > top[k - 1]) {
        int j = k - 1;
        for (; j > 0 && top[j - 1] < v; j--) {
          top[j] = top[j - 1];
        }
        top[j] = v;
      }
    }
    return top[k - 1];
  }

  /**
   * A sequence of outcomes as a link to the sequence it extends; ordered as OpenNLP orders its Sequence (best
   * score first), with the score summed the same way (the parent's plus the log of the new probability).
   */
  private static final class Path implements Comparable<Path> {
    static final Path EMPTY = new Path();

    final Path parent;
    final int outcome;
    final double prob;
    final double score;
    final int length;

    private Path() {
      parent = null;
      outcome = -1;
      prob = 1;
      score = 0d;
      length = 0;
    }

    Path(Path parent, int outcome, double prob) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      this.score = parent.score + StrictMath.log(prob);
      this.length = parent.length + 1;
    }

    int[] indices() {
      int[] out = new int[length];
      for (Path p = this; p.length > 0; p = p.parent) {
        out[p.length - 1] = p.outcome;
      }
      return out;
    }

    String[] outcomes(String[] names) {
      String[] out = new String[length];
      for (Path p = this; p.length > 0; p = p.parent) {
        out[p.length - 1] = names[p.outcome];
      }
      return out;
    }

    double[] probs() {
      double[] out = new double[length];
      for (Path p = this; p.length > 0; p = p.parent) {
        out[p.length - 1] = p.prob;
      }
      return out;
    }

    @Override
    public int compareTo(Path o) {
      return Double.compare(o.score, score);
    }
  }

  /** The outcome sums of token i's features that do not depend on the sequence, in the model's order. */
  private double[] sharedSums(int i, String[] tokens) {
    double[] sums = new double[outcomeNames.length];
    for (String feature : contexts.getContext(i, tokens, null, NO_ADDITIONAL_CONTEXT)) {
      add(sums, feature);
    }
    return sums;
  }

  /** The shared sums plus the four previous-outcome features (DefaultNameContextGenerator's), in its order. */
  private double[] previousSums(double[] shared, String token, String po, String ppo) {
    double[] sums = shared.clone();
    add(sums, "po=" + po);
    add(sums, "pow=" + po + "," + token);
    add(sums, "powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(token));
    add(sums, "ppo=" + ppo);
    return sums;
  }

  private void add(double[] sums, String feature) {
    CompiledFeatures.add(sums, weights.get(feature));
  }

  /** PerceptronModel's normalization, operation for operation. */
  private static double[] normalize(double[] prior) {
    double maxPrior = 1;
    for (double v : prior) {
      if (maxPrior < StrictMath.abs(v)) {
        maxPrior = StrictMath.abs(v);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < prior.length; o++) {
      prior[o] = StrictMath.exp(prior[o] / maxPrior);
      normal += prior[o];
    }
    for (int o = 0; o < prior.length; o++) {
      prior[o] /= normal;
    }
    return prior;
  }
}
