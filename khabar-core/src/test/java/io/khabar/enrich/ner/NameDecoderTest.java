package io.khabar.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ingest.JsonlReader;
import io.khabar.model.Article;
import io.khabar.text.ArabicScript;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The decoder against OpenNLP's own NameFinderME on the shipped model, over every sentence of the story fixtures
 * (real-style news articles, adaptive data carried from sentence to sentence and cleared between articles):
 * the same spans, and the same probability for every token: bit for bit on the generic path any descriptor
 * takes, within rounding on the compiled one (features summed per token, in another order). A feature left out
 * or a beam that drops a sequence OpenNLP keeps changes the probabilities far more.
 */
class NameDecoderTest {
  private static final TokenNameFinderModel MODEL = NamedEntityFinder.shippedModel();

  @Test
  void theCompiledPathDecidesAndScoresEverySentenceAsOpenNlp() throws Exception {
    CompiledFeatures compiled = NameDecoder.compile(MODEL);
    assertNotNull(compiled, "the shipped model's descriptor is the one compiled");
    comparesWithOpenNlp(new NameDecoder(MODEL, compiled), 1e-9);
  }

  @Test
  void theGenericPathDecidesAndScoresEverySentenceAsOpenNlp() throws Exception {
    comparesWithOpenNlp(new NameDecoder(MODEL, null), 0.0);
  }

  /** The beam's entry bar is OpenNLP's sorted[length - k], found without sorting: ties, k = 1 and k = length included. */
  @Test
  void theKthLargestIsWhatSortingGives() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 2_000; round++) {
      double[] values = new double[1 + random.nextInt(20)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(6) / 7.0; // few distinct values: many ties
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      for (int k = 1; k <= values.length; k++) {
        assertEquals(sorted[values.length - k], NameDecoder.kthLargest(values, k), 0.0,
            java.util.Arrays.toString(values) + " k=" + k);
      }
    }
  }

  private static void comparesWithOpenNlp(NameDecoder decoder, double rounding) throws Exception {
    assertTrue(NameDecoder.decodes(MODEL), "the shipped model is a perceptron");
    NameFinderME reference = new NameFinderME(MODEL);
    NerTokenizer tokenizer = new NerTokenizer(NamedEntityFinder.MAX_TOKENS);
    int sentences = 0;
    int names = 0;
    for (Article a : fixtures()) {
      reference.clearAdaptiveData();
      decoder.clearAdaptiveData();
      for (List<String> s : tokenizer.sentences(a.title() + "\n" + a.text())) {
        if (s.isEmpty() || s.stream().noneMatch(ArabicScript::hasArabic)) {
          continue;
        }
        String[] tokens = NerFeatures.modelTokens(s.toArray(new String[0]));
        Span[] expected = reference.find(tokens);
        Span[] got = decoder.find(tokens);
        assertArrayEquals(expected, got, a.id() + ": " + String.join(" ", tokens));
        double[] probs = new double[tokens.length];
        reference.probs(probs);
        assertArrayEquals(probs, decoder.probs(), rounding, a.id() + ": " + String.join(" ", tokens));
        sentences++;
        names += got.length;
      }
    }
    assertTrue(sentences > 100, "too few sentences to compare: " + sentences);
    assertTrue(names > 100, "too few names to compare: " + names);
  }

  static List<Article> fixtures() throws Exception {
    List<Article> out = new ArrayList<>();
    for (String name : List.of("/story/news.jsonl", "/io/khabar/story/one-week.jsonl")) {
      try (InputStream in = NameDecoderTest.class.getResourceAsStream(name)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            out.add(JsonlReader.parse(line));
          }
        }
      }
    }
    return out;
  }
}
