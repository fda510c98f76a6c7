package io.khabar.enrich.topic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicFeaturesTest {
  private final TopicFeatures features = new TopicFeatures();

  @Test
  void titleWordsAreMarkedAndTextWordsAreStems() {
    List<String> f = Arrays.asList(features.of("المنتخب يفوز", "فاز المنتخب"));
    assertTrue(f.stream().anyMatch(w -> w.startsWith("t:")), f.toString());
    assertTrue(f.stream().anyMatch(w -> !w.startsWith("t:")), f.toString());
    assertEquals(f.stream().filter(w -> w.startsWith("t:")).map(w -> w.substring(2)).toList().get(0),
        f.stream().filter(w -> !w.startsWith("t:")).toList().get(1), "the same analysis for title and text: " + f);
  }

  @Test
  void onlyTheStartOfAVeryLongTextIsRead() {
    String start = "الاقتصاد ".repeat(TopicFeatures.MAX_TEXT_CHARS / 9 + 10);
    String longText = start + "كرة ".repeat(1_000_000); // 4 MB more, never read
    assertArrayEquals(features.of("عنوان", start), features.of("عنوان", longText));
  }

  @Test
  void textsWithoutArabicOrWithMixedScriptsGiveFeaturesWithoutFailing() {
    assertTrue(features.of("Oil prices rise", "Brent crude rose 2% on Monday").length > 0);
    assertTrue(features.of("", "ارتفع سعر Brent إلى 80 دولاراً, 中文 текст 😀").length > 0);
    assertEquals(0, features.of("", "").length);
    assertEquals(0, features.of(null, null).length);
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(TopicFeatures.MAX_TEXT_CHARS - 1) + "😀😀";
    assertEquals("a".repeat(TopicFeatures.MAX_TEXT_CHARS - 1), TopicFeatures.head(text, TopicFeatures.MAX_TEXT_CHARS));
  }
}
