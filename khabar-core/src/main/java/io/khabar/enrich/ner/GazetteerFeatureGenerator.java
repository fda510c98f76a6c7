package io.khabar.enrich.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Model features from one gazetteer: whether the token, and its neighbours, begin or continue an entry
 * ({@code gaz.loc=B}, {@code gaz.loc-1=I}...). Unlike OpenNLP's DictionaryFeatureGenerator it names the list
 * (three lists would otherwise give one indistinct feature) and matches through proclitics.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
  private final String name;
  private final Gazetteer gazetteer;
  private String[] cachedTokens;
  private Gazetteer.Mark[] cachedMarks;

  GazetteerFeatureGenerator(String name, Gazetteer gazetteer) {
    this.name = name;
    this.gazetteer = gazetteer;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (cachedTokens != tokens) { // one instance per tagger: the tokens array identifies the sentence
      cachedTokens = tokens;
      cachedMarks = gazetteer.marks(tokens);
    }
    add(features, "", cachedMarks[index]);
    if (index > 0) {
      add(features, "-1", cachedMarks[index - 1]);
    }
    if (index + 1 < tokens.length) {
      add(features, "+1", cachedMarks[index + 1]);
    }
  }

  private void add(List<String> features, String offset, Gazetteer.Mark mark) {
    if (mark != Gazetteer.Mark.NONE) {
      features.add("gaz." + name + offset + "=" + (mark == Gazetteer.Mark.BEGIN ? "B" : "I"));
    }
  }
}
