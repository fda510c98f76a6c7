package io.khabar.enrich.ner;

import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * {@code <generator class="io.khabar.enrich.ner.GazetteerFeatureGeneratorFactory"><str name="dict">loc.dictionary</str></generator>}:
 * the gazetteer is a resource of the model, so the model file is all a tagger needs.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String key = getStr("dict");
    Object resource = resourceManager == null ? null : resourceManager.getResource(key);
    if (!(resource instanceof Dictionary dictionary)) {
      throw new InvalidFormatException("no gazetteer resource " + key + " in the model");
    }
    return new GazetteerFeatureGenerator(key.replace(".dictionary", ""), Gazetteer.of(dictionary));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new DictionarySerializer());
  }
}
