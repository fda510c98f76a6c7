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
    if (!prefix.isEmpty()) {
      features.add("clitic=" + prefix);
      String rest = token.substring(prefix.length());
      features.add("stem=" + (prefix.endsWith("ال") || prefix.endsWith("لل") ? "ال" + rest : rest));
    }
  }
}
