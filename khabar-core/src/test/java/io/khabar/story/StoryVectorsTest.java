package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.model.ArticleTerms;
import io.khabar.store.TermStatistics;
import io.khabar.text.BackgroundFrequencies;
import io.khabar.text.KhabarAnalyzer;
import io.khabar.text.SpellingVariants;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryVectorsTest {
  /** An empty store: weights come from the background alone. */
  private static final TermStatistics EMPTY = new TermStatistics() {
    @Override
    public List<ArticleTerms> terms(List<String> ids) {
      return List.of();
    }

    @Override
    public Map<String, Integer> docFreqs(Collection<String> terms) {
      return Map.of();
    }

    @Override
    public long size() {
      return 0;
    }
  };

  private static final Article SKY = article("sky", "قمة هلسنكي: ترمب وبوتن يعقدان أول لقاء");
  private static final Article BBC = article("bbc", "قمة هلسنكي: ترامب وبوتين يعقدان أول لقاء");

  @Test
  void twoOutletsSpellingsOfOneNameAreOneTerm() throws IOException {
    StoryVectors v = vectors(SpellingVariants.shipped());
    assertEquals(1.0, dot(v.of(SKY, List.of()), v.of(BBC, List.of())), 1e-9);
  }

  @Test
  void withoutTheTableTheyShareOnlyTheOtherWords() throws IOException {
    StoryVectors v = vectors(SpellingVariants.none());
    assertTrue(dot(v.of(SKY, List.of()), v.of(BBC, List.of())) < 0.8);
  }

  @Test
  void aFormWeighsAsRareAsAllItsSpellingsTogether() throws IOException {
    // ترمب alone is in 10 articles, but ترامب and ترمب together in 100, as many as هلسنكي.
    BackgroundFrequencies bg = new BackgroundFrequencies(Map.of("ترامب", 90, "ترمب", 10, "هلسنكي", 100), 1000);
    SpellingVariants table = new SpellingVariants(Map.of("ترمب", "ترامب"));
    StoryVectors v = new StoryVectors(KhabarAnalyzer.create(), EMPTY, bg, table, StoryConfig.defaults());
    StoryVector sky = v.of(article("sky", "ترمب هلسنكي"), List.of());
    assertEquals(List.of("ترامب", "هلسنكي"), List.of(sky.terms()), "counted under its form");
    assertEquals(sky.weights()[0], sky.weights()[1], 1e-12);
  }

  private static StoryVectors vectors(SpellingVariants table) {
    return new StoryVectors(KhabarAnalyzer.create(), EMPTY, BackgroundFrequencies.shipped(), table,
        StoryConfig.defaults());
  }

  private static double dot(StoryVector a, StoryVector b) {
    Map<String, Double> m = new HashMap<>();
    for (int i = 0; i < a.terms().length; i++) {
      m.put(a.terms()[i], a.weights()[i]);
    }
    double d = 0;
    for (int i = 0; i < b.terms().length; i++) {
      d += b.weights()[i] * m.getOrDefault(b.terms()[i], 0.0);
    }
    return d;
  }

  private static Article article(String source, String title) {
    return new Article(source + "-1", "", source, title, "", null, "", "");
  }
}
