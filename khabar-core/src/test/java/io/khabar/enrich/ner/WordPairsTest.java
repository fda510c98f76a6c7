package io.khabar.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** A pair is found exactly when its two words joined by a comma name a bigram feature, commas in words included. */
class WordPairsTest {
  private static final Context AB = context(1);
  private static final Context COMMA = context(2);
  private static final Context NEXT = context(3);

  private static final WordPairs PAIRS = new WordPairs(Map.of(
      "pw,w=a,b", AB, "pw,w=x,,y", COMMA, "w,nw=a,b", NEXT, "w=a", context(4)));

  @Test
  void bothFeaturesOfAPairAreFoundUnderItsFirstWord() {
    assertSame(AB, PAIRS.after("a").get("b").previousAndWord());
    assertSame(NEXT, PAIRS.after("a").get("b").wordAndNext());
  }

  @Test
  void aFeatureWithACommaInAWordIsFoundUnderEachReading() {
    assertSame(COMMA, PAIRS.after("x").get(",y").previousAndWord()); // x | ,y
    assertSame(COMMA, PAIRS.after("x,").get("y").previousAndWord()); // x, | y
    assertNull(PAIRS.after("x").get("y"));
  }

  @Test
  void wordsWithoutPairsHaveNone() {
    assertNull(PAIRS.after("b").get("a"));
    assertNull(PAIRS.after("w").get("a")); // a feature w=a is no pair
  }

  private static Context context(double weight) {
    return new Context(new int[] {0}, new double[] {weight});
  }
}
