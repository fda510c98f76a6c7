package io.khabar.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.text.ArabicScript;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/**
 * The compiled features name, position by position, exactly the features OpenNLP's generators of the shipped
 * descriptor give (with the same adaptive data), on every sentence of the fixtures, and their sums are those of
 * these features' weights (within rounding: they are added in another order). Tokens recur across the fixtures'
 * sentences, so most positions are scored from tokens' cached sums: a cache returning another token's or
 * another role's sums fails here.
 */
class CompiledFeaturesTest {
  private static final TokenNameFinderModel MODEL = NamedEntityFinder.shippedModel();

  /** Sums may differ from OpenNLP's in their last bits (another order of addition), no more. */
  private static final double ROUNDING = 1e-9;

  @Test
  @SuppressWarnings("unchecked")
  void everyPositionHasOpenNlpsFeaturesAndTheirSums() throws Exception {
    CompiledFeatures compiled = NameDecoder.compile(MODEL);
    NameContextGenerator reference = MODEL.getFactory().createContextGenerator();
    NameFinderME tagger = new NameFinderME(MODEL); // outcomes to feed both sides' adaptive data
    Object[] model = ((AbstractModel) MODEL.getArtifact("nameFinder.model")).getDataStructures();
    Map<String, Context> weights = (Map<String, Context>) model[1];
    List<String> outcomes = Arrays.asList((String[]) model[2]);
    NerTokenizer tokenizer = new NerTokenizer(NamedEntityFinder.MAX_TOKENS);
    int positions = 0;
    int gazetteerFeatures = 0;
    int previousOutcomes = 0;
    for (Article a : NameDecoderTest.fixtures()) {
      reference.clearAdaptiveData();
      tagger.clearAdaptiveData();
      Map<String, Integer> previous = new HashMap<>();
      for (List<String> s : tokenizer.sentences(a.title() + "\n" + a.text())) {
        if (s.isEmpty() || s.stream().noneMatch(ArabicScript::hasArabic)) {
          continue;
        }
        String[] words = NerFeatures.modelTokens(s.toArray(new String[0]));
        for (int i = 0; i < words.length; i++) {
          List<String> expected = List.of(reference.getContext(i, words, null, new Object[0][]));
          List<String> got = compiled.names(words, i, previous);
          assertEquals(sorted(expected), sorted(got), a.id() + " at " + i + ": " + String.join(" ", words));
          assertArrayEquals(sums(expected, weights, outcomes.size()), compiled.shared(words, i, previous), ROUNDING,
              a.id() + " at " + i + ": " + String.join(" ", words));
          positions++;
          gazetteerFeatures += (int) got.stream().filter(f -> f.startsWith("gaz.")).count();
          previousOutcomes += got.stream().anyMatch(f -> f.startsWith("pd=") && !f.equals("pd=null")) ? 1 : 0;
        }
        String[] tags = outcomes(tagger, words);
        reference.updateAdaptiveData(words, tags);
        for (int i = 0; i < words.length; i++) {
          previous.put(words[i], outcomes.indexOf(tags[i]));
        }
      }
    }
    assertTrue(positions > 2000, "too few positions compared: " + positions);
    assertTrue(gazetteerFeatures > 50, "too few gazetteer features met: " + gazetteerFeatures);
    assertTrue(previousOutcomes > 200, "too few adaptive features met: " + previousOutcomes);
  }

  private static List<String> sorted(List<String> features) {
    return features.stream().sorted().toList();
  }

  /** The features' weights summed in their order, as OpenNLP's perceptron does. */
  private static double[] sums(List<String> features, Map<String, Context> weights, int outcomes) {
    double[] sums = new double[outcomes];
    for (String f : features) {
      CompiledFeatures.add(sums, weights.get(f));
    }
    return sums;
  }

  /** The outcome of each token, as the tagger's best sequence has it. */
  private static String[] outcomes(NameFinderME tagger, String[] words) {
    String[] out = new String[words.length];
    Arrays.fill(out, NameFinderME.OTHER);
    for (opennlp.tools.util.Span span : tagger.find(words)) {
      out[span.getStart()] = span.getType() + "-" + NameFinderME.START;
      for (int i = span.getStart() + 1; i < span.getEnd(); i++) {
        out[i] = span.getType() + "-" + NameFinderME.CONTINUE;
      }
    }
    return out;
  }

  @Test
  void aDescriptorIsComparedWithoutItsCommentsAndLayout() {
    String shipped = "<!-- a --><featureGenerators cache=\"true\">\n  <generator class=\"X\">\n"
        + "    <int name=\"prevLength\">2</int>\n  </generator>\n</featureGenerators>";
    String relaid = "<!-- another\n comment --><featureGenerators cache=\"true\"><generator class=\"X\">"
        + "<int name=\"prevLength\">2</int></generator></featureGenerators>\n";
    String changed = shipped.replace(">2<", ">3<");
    assertEquals(CompiledFeatures.generators(bytes(shipped)), CompiledFeatures.generators(bytes(relaid)));
    assertNotEquals(CompiledFeatures.generators(bytes(shipped)), CompiledFeatures.generators(bytes(changed)));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
