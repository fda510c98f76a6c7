package io.khabar.lab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lexicon rule on small hand-made corpus counts. */
class RootWawLexiconTest {

  @Test
  void wordWhoseArticleFormIsCommonIsListed() {
    Map<String, Integer> counts = Map.of("وزير", 100, "الوزير", 80, "زير", 3, "الزير", 1);
    assertEquals(List.of("وزير"), RootWawLexicon.rootWawWords(counts));
  }

  @Test
  void wordWhoseRestIsFrequentIsNotListed() {
    Map<String, Integer> counts = Map.of("وروسيا", 50, "روسيا", 500);
    assertEquals(List.of(), RootWawLexicon.rootWawWords(counts));
  }

  @Test
  void wordWhoseRestTakesTheArticleIsNotListed() {
    // الرييس (the rest with the article) is evidence that the waw of ورييس is the conjunction
    Map<String, Integer> counts = Map.of("ورييس", 40, "الرييس", 300);
    assertEquals(List.of(), RootWawLexicon.rootWawWords(counts));
  }

  @Test
  void wordWhoseRestIsAlmostNeverSeenIsListed() {
    // واشنطن: اشنطن appears once in 100, below the 10% bound, and الواشنطن never
    Map<String, Integer> counts = Map.of("واشنطن", 100, "اشنطن", 1);
    assertEquals(List.of("واشنطن"), RootWawLexicon.rootWawWords(counts));
  }

  @Test
  void restSeenOftenEnoughWithoutArticleEvidenceIsNotListed() {
    Map<String, Integer> counts = Map.of("واشنطن", 100, "اشنطن", 20);
    assertEquals(List.of(), RootWawLexicon.rootWawWords(counts));
  }

  @Test
  void rareShortAndArticleWordsAreIgnored() {
    Map<String, Integer> counts = new HashMap<>();
    counts.put("وثيقه", RootWawLexicon.MIN_COUNT - 1); // too rare to say anything
    counts.put("الوثيقه", 100);
    counts.put("ولد", 100); // shorter than 4 letters
    counts.put("الولد", 100);
    counts.put("والرييس", 100); // وال is a prefix of its own
    counts.put("الوالرييس", 200);
    assertEquals(List.of(), RootWawLexicon.rootWawWords(counts));
  }

  @Test
  void countAtTheMinimumIsEnough() {
    Map<String, Integer> counts = Map.of("وثيقه", RootWawLexicon.MIN_COUNT, "الوثيقه", 10);
    assertEquals(List.of("وثيقه"), RootWawLexicon.rootWawWords(counts));
  }

  @Test
  void resultIsSortedAndMixed() {
    Map<String, Integer> counts = new HashMap<>();
    counts.put("وزير", 100);
    counts.put("الوزير", 80);
    counts.put("واشنطن", 60);
    counts.put("وروسيا", 50);
    counts.put("روسيا", 500);
    counts.put("وثيقه", 30);
    counts.put("الوثيقه", 40);
    List<String> words = RootWawLexicon.rootWawWords(counts);
    assertEquals(List.of("واشنطن", "وثيقه", "وزير"), words);
    assertFalse(words.contains("وروسيا"));
    assertTrue(words.stream().allMatch(w -> w.charAt(0) == 'و'));
  }
}
