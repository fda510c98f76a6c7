package io.khabar.lab.train;

import io.khabar.enrich.ner.SentenceTagger;
import io.khabar.enrich.ner.TaggedSentence;
import io.khabar.testing.Shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Training on a slice of the real ANERcorp train split: deterministic, and the model survives serialization. */
class NerTrainerTest {
  private Path anercorp;

  @BeforeEach
  void corpus() {
    anercorp = Shared.dir("anercorp", "training on ANERcorp's train split (NerTrainerTest)");
  }

  private static List<List<TaggedSentence.TypedSpan>> tagAll(TokenNameFinderModel model, List<TaggedSentence> s) {
    SentenceTagger tagger = new SentenceTagger(model);
    List<List<TaggedSentence.TypedSpan>> out = new ArrayList<>();
    for (TaggedSentence x : s) {
      out.add(tagger.tag(x.tokens()));
    }
    return out;
  }

  @Test
  void theSameDataGivesTheSameModelAndItReloadsWithItsGazetteers() throws Exception {
    NerModelBuilder corpus = new NerModelBuilder(anercorp);
    // A slice small enough for the unit tier (400 sentences x 30 iterations took ~20 s): determinism and the
    // reload hold for any model, and 100 sentences already give one that finds names.
    List<TaggedSentence> train = corpus.split("train").subList(0, 100);
    List<TaggedSentence> dev = corpus.split("dev").subList(0, 60);
    Map<String, List<String[]>> gazetteers = corpus.gazetteers();
    NerTrainingConfig quick = new NerTrainingConfig(true, "bilou", "PERCEPTRON", 5, 0);

    TokenNameFinderModel first = NerTrainer.train(train, gazetteers, quick);
    TokenNameFinderModel second = NerTrainer.train(train, gazetteers, quick);
    List<List<TaggedSentence.TypedSpan>> tags = tagAll(first, dev);
    assertEquals(tags, tagAll(second, dev));
    assertFalse(tags.stream().allMatch(List::isEmpty), "the model finds something");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    first.serialize(bytes);
    TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(tags, tagAll(reloaded, dev));
  }

  @Test
  void theLexiconKeepsNamesAndDropsCliticForms() throws Exception {
    NerModelBuilder corpus = new NerModelBuilder(anercorp);
    Set<String> names = NerTrainer.nameWords(corpus.split("train"), corpus.gazetteers());
    assertTrue(names.contains("بوش"));
    assertTrue(names.contains("لبنان"));
    assertTrue(names.contains("بغداد"));
    assertFalse(names.contains("ببغداد"), "بغداد with a clitic is not a name of its own");
    assertFalse(names.contains("ولبنان"));
  }
}
