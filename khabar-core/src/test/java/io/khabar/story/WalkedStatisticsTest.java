package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.testing.Articles;
import io.khabar.text.KhabarAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts become visible in steps of the lag, as an import's puts do; a title-only word counts by titles. */
class WalkedStatisticsTest {
  @Test
  void countsAppearInStepsOfTheLagAndTitleOnlyWordsCountByTitles() {
    WalkedStatistics s = new WalkedStatistics(KhabarAnalyzer.create(), 2);
    s.add(Articles.article("a").at("2024-03-01T08:00").title("زلزال").text("زلزال قوي ضرب المدينة").build());
    assertEquals(0, s.size(), "one article waits: the lag is 2");
    assertEquals(Map.of("زلزال", 0), s.docFreqs(List.of("زلزال")));

    s.add(Articles.article("b").at("2024-03-01T09:00").title("قرقاسوط").text("زلزال ثان في المدينة").build());
    assertEquals(2, s.size());
    Map<String, Integer> df = s.docFreqs(List.of("زلزال", "قرقاسوط", "مجهول"));
    assertEquals(2, df.get("زلزال"), "in both texts");
    assertEquals(1, df.get("قرقاسوط"), "in no text: counted by titles");
    assertEquals(0, df.get("مجهول"));
  }
}
