package io.khabar.lab.train;

/**
 * How a model is trained.
 *
 * @param arabicFeatures Khabar's descriptor (clitic, affix and gazetteer features) instead of OpenNLP's default
 * @param codec "bio" or "bilou"
 * @param algorithm "PERCEPTRON" or "MAXENT"
 */
public record NerTrainingConfig(boolean arabicFeatures, String codec, String algorithm, int iterations, int cutoff) {

  /** The shipped model's settings, chosen on the dev split (see docs/benchmarks.md, section ner). */
  public static final NerTrainingConfig DEFAULT = new NerTrainingConfig(true, "bilou", "PERCEPTRON", 300, 0);

  /** OpenNLP out of the box: default features, no gazetteer. */
  public static final NerTrainingConfig OPENNLP_DEFAULT = new NerTrainingConfig(false, "bio", "PERCEPTRON", 300, 0);

  public String describe() {
    return (arabicFeatures ? "Khabar features + gazetteers" : "OpenNLP default features") + ", " + codec + ", "
        + algorithm.toLowerCase() + " " + iterations + " it., cutoff " + cutoff;
  }
}
