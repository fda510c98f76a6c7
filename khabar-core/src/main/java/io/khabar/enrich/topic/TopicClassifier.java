package io.khabar.enrich.topic;

import io.khabar.model.Topic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Decides an article's {@link Topic} with an OpenNLP document categorizer over {@link TopicFeatures}.
 * The shipped model is built by {@code ./khabar train-topics} (see docs/topics.md); {@link #load()}
 * reads it from the classpath. Thread-safe: classifying only reads the model.
 */
public final class TopicClassifier {
  /** Where the shipped model lives on the classpath. */
  public static final String RESOURCE = "/io/khabar/enrich/topic/topics.bin";

  /** The learners compared in {@code ./khabar eval --only topics}; MAXENT is the shipped one. */
  public enum Algorithm {
    MAXENT("MAXENT"), PERCEPTRON("PERCEPTRON"), NAIVE_BAYES("NAIVEBAYES");

    private final String opennlpName;

    Algorithm(String opennlpName) {
      this.opennlpName = opennlpName;
    }
  }

  /** How a model is trained: the learner, its iterations and the minimum count of a feature. */
  public record Training(Algorithm algorithm, int iterations, int cutoff) {
    public static final Training DEFAULT = new Training(Algorithm.MAXENT, 100, 3);

    TrainingParameters parameters() {
      TrainingParameters p = new TrainingParameters();
      p.put(TrainingParameters.ALGORITHM_PARAM, algorithm.opennlpName);
      p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      p.put(TrainingParameters.THREADS_PARAM, 1); // one thread: the same model every run
      return p;
    }
  }

  private final DoccatModel model;
  private final MaxentModel maxent;
  private final TopicFeatures features = new TopicFeatures();

  private TopicClassifier(DoccatModel model) {
    this.model = model;
    this.maxent = model.getMaxentModel();
  }

  /** The model shipped with Khabar. */
  public static TopicClassifier load() {
    try (InputStream in = TopicClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no topic model at " + RESOURCE + ": run ./khabar train-topics");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the topic model " + RESOURCE, e);
    }
  }

  public static TopicClassifier read(InputStream in) throws IOException {
    return new TopicClassifier(new DoccatModel(in));
  }

  /** Trains on labelled samples (deterministic: the same samples give the same model). */
  public static TopicClassifier train(List<TopicSample> samples, Training training) throws IOException {
    return train(samples, training, s -> s.topic().key());
  }

  /** Trains on another label than the topic (the evaluation's comparison with the source's own categories). */
  public static TopicClassifier train(List<TopicSample> samples, Training training,
      java.util.function.Function<TopicSample, String> label) throws IOException {
    List<DocumentSample> docs = new ArrayList<>(samples.size());
    for (TopicSample s : samples) {
      if (s.features().length > 0) {
        docs.add(new DocumentSample(label.apply(s), s.features()));
      }
    }
    DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
    return new TopicClassifier(DocumentCategorizerME.train("ar", ObjectStreamUtils.createObjectStream(docs),
        training.parameters(), factory));
  }

  /** The topic of an article; empty when it has no word to decide on. */
  public Optional<Topic> classify(String title, String text) {
    return classify(features.of(title, text));
  }

  /** The topic for features made by {@link TopicFeatures}. */
  public Optional<Topic> classify(String[] features) {
    if (features.length == 0) {
      return Optional.empty();
    }
    double[] p = new DocumentCategorizerME(model).categorize(features);
    return Topic.fromKey(maxent.getBestOutcome(p));
  }

  /** The best label for features, as trained (a topic key, or another label given to {@code train}). */
  public String label(String[] features) {
    return maxent.getBestOutcome(new DocumentCategorizerME(model).categorize(features));
  }

  /** Writes the model so that the same model always gives the same bytes. */
  public void write(OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    out.write(StableZip.of(raw.toByteArray()));
  }
}
