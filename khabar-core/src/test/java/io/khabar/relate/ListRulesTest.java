package io.khabar.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.testing.Tokens;
import io.khabar.text.KhabarAnalyzer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListRulesTest {
  private final ListRules rules = new ListRules(RelatedConfig.defaults());

  private static Set<String> titleTerms(String title) {
    return Set.copyOf(Tokens.of(KhabarAnalyzer.create(), title));
  }

  private boolean nearIdentical(String a, String b) {
    return rules.nearIdenticalTitles(titleTerms(a), titleTerms(b));
  }

  @Test
  void seedTitlesAreNearIdentical() {
    // two titles of the seed page's "read also" list: one event, reworded
    assertTrue(nearIdentical("روسيا تدين الضربات الامريكية البريطانية على اليمن", "روسيا تدين العدوان الامريكي البريطاني على اليمن"));
  }

  @Test
  void unrelatedTitlesAreNot() {
    assertFalse(nearIdentical("روسيا تدين الضربات الامريكية البريطانية على اليمن", "زيلينسكي يطلب إذن واشنطن لقصف المطارات العسكرية في العمق الروسي"));
    assertFalse(nearIdentical("الهلال يفوز على النصر في الدوري", "ارتفاع أسعار النفط في الأسواق العالمية"));
  }

  @Test
  void sameTopicWithDifferentWordsIsNot() {
    assertFalse(nearIdentical("روسيا تدين الضربات الامريكية البريطانية على اليمن", "مجلس الأمن يعقد جلسة طارئة بشأن الضربات على اليمن"));
  }

  @Test
  void needsAtLeastTwoSharedWords() {
    // one shared word out of one is a Jaccard of 1, but says nothing
    assertFalse(rules.nearIdenticalTitles(Set.of("روسيا"), Set.of("روسيا")));
    assertTrue(rules.nearIdenticalTitles(Set.of("روسيا", "يمن"), Set.of("روسيا", "يمن")));
  }

  @Test
  void emptyTitlesAreNeverNearIdentical() {
    assertFalse(rules.nearIdenticalTitles(Set.of(), Set.of()));
    assertFalse(rules.nearIdenticalTitles(Set.of(), Set.of("روسيا", "يمن")));
  }

  @Test
  void thresholdIsTheConfiguredJaccard() {
    Set<String> a = Set.of("w1", "w2", "w3", "w4");
    Set<String> b = Set.of("w1", "w2", "w3", "w5"); // 3 shared of 5: Jaccard 0.6
    assertTrue(rules.nearIdenticalTitles(a, b));
    assertFalse(new ListRules(withTitleJaccard(0.61)).nearIdenticalTitles(a, b));
  }

  private static RelatedConfig withTitleJaccard(double j) {
    RelatedConfig d = RelatedConfig.defaults();
    return new RelatedConfig(d.titleBoost(), d.queryTerms(), d.candidates(), d.window(), d.timeWeight(), d.halfLifeDays(),
        d.copyCosine(), j, d.otherEventCosine());
  }
}
