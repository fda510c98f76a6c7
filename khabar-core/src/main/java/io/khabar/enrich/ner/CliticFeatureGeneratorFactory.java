package io.khabar.enrich.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * {@code <generator class="io.khabar.enrich.ner.CliticFeatureGeneratorFactory"/>}: the token without its
 * longest possible proclitic, and that proclitic, so that وموسكو and بموسكو share evidence with موسكو.
 */
public final class CliticFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() {
    return CliticFeatureGeneratorFactory::features;
  }

  static void features(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String token = tokens[index];
    String prefix = Clitics.longestPrefix(token);
    String stem = token;
    if (!prefix.isEmpty()) {
      features.add("clitic=" + prefix);
      stem = Clitics.without(token, prefix);
    }
    features.add("stem=" + stem);
    String bare = stem.startsWith("ال") && stem.length() > 4 ? stem.substring(2) : stem;
    for (int n = 2; n <= 3 && n < bare.length(); n++) {
      features.add("stem.pre=" + bare.substring(0, n));
      features.add("stem.suf=" + bare.substring(bare.length() - n));
    }
  }
}
