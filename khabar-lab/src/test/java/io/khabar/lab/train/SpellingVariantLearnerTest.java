package io.khabar.lab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantLearnerTest {
  private static final String[] PLACES = {"باريس", "لندن", "موسكو", "بكين", "طوكيو", "برلين", "روما", "مدريد",
      "القاهرة", "الرياض", "عمان", "بغداد", "دمشق", "بيروت", "تونس", "الجزائر", "الرباط", "الخرطوم", "صنعاء", "الدوحة",
      "الكويت", "المنامة", "مسقط", "أنقرة", "طهران"};

  /**
   * Two outlets write one president's name their own way, in the same contexts; both write محمد and محمود, two
   * names whose skeletons match too, often in one article. Only the first pair is a spelling.
   */
  @Test
  void anOutletsHouseSpellingIsLearnedAndTwoNamesThatMeetAreNot() {
    List<Article> corpus = new ArrayList<>();
    for (int i = 0; i < PLACES.length; i++) {
      corpus.add(article("sky", i, "الرئيس الأمريكي دونالد ترمب يصل إلى " + PLACES[i] + " ويلتقي محمد ومحمود"));
      corpus.add(article("bbc", i, "الرئيس الأمريكي دونالد ترامب يصل إلى " + PLACES[i] + " ويلتقي محمد ومحمود"));
    }
    SpellingVariantLearner learner = new SpellingVariantLearner();
    corpus.forEach(learner::count);
    learner.chooseCandidates();
    corpus.forEach(learner::observe);
    List<SpellingVariantLearner.Pair> pairs = learner.pairs();
    assertEquals(1, pairs.size(), pairs.toString());
    assertEquals(List.of("ترامب", "ترمب"), List.of(pairs.get(0).a(), pairs.get(0).b()));
    assertEquals(0.0, pairs.get(0).shared());
  }

  @Test
  void aPairBothOutletsUseAlikeIsNoHouseSpelling() {
    List<Article> corpus = new ArrayList<>();
    for (int i = 0; i < PLACES.length; i++) {
      String name = i % 2 == 0 ? "ترمب" : "ترامب";
      corpus.add(article("sky", i, "الرئيس الأمريكي دونالد " + name + " يصل إلى " + PLACES[i]));
      corpus.add(article("bbc", i, "الرئيس الأمريكي دونالد " + name + " يصل اليوم إلى " + PLACES[i]));
    }
    SpellingVariantLearner learner = new SpellingVariantLearner();
    corpus.forEach(learner::count);
    assertEquals(0, learner.chooseCandidates());
  }

  private static Article article(String outlet, int i, String text) {
    return new Article(outlet + "-" + i, "", outlet, "خبر", text, null, "", "");
  }
}
