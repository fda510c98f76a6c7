package io.khabar.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Khabar's topics (see docs/topics.md): the ones ANT labels consistently, so that every topic is trained
 * and measured. ANT's "international" and "Middle East" sections are one topic, politics and current
 * affairs: the outlets split them differently (Al Arabiya has no Middle East section at all), so the
 * split cannot be learnt from the text. A topic without labelled articles (health, ...) is left out.
 */
public enum Topic {
  POLITICS("politics", "سياسة"),
  ECONOMY("economy", "اقتصاد"),
  SPORT("sport", "رياضة"),
  TECHNOLOGY("technology", "تكنولوجيا"),
  CULTURE("culture", "ثقافة وفن");

  /** Source categories (ANT's, and common JSONL ones in English and Arabic), lower-cased, onto topics. */
  private static final Map<String, Topic> CATEGORIES = Map.ofEntries(
      Map.entry("internationalnews", POLITICS), Map.entry("world", POLITICS), Map.entry("international", POLITICS),
      Map.entry("middleeast", POLITICS), Map.entry("middle-east", POLITICS), Map.entry("politics", POLITICS),
      Map.entry("economy", ECONOMY), Map.entry("business", ECONOMY),
      Map.entry("sport", SPORT), Map.entry("sports", SPORT),
      Map.entry("technology", TECHNOLOGY), Map.entry("tech", TECHNOLOGY), Map.entry("science", TECHNOLOGY),
      Map.entry("culture", CULTURE), Map.entry("art", CULTURE), Map.entry("arts", CULTURE),
      Map.entry("سياسة", POLITICS), Map.entry("عالم", POLITICS), Map.entry("العالم", POLITICS),
      Map.entry("دولي", POLITICS), Map.entry("الشرق الأوسط", POLITICS), Map.entry("اقتصاد", ECONOMY),
      Map.entry("رياضة", SPORT), Map.entry("تقنية", TECHNOLOGY), Map.entry("تكنولوجيا", TECHNOLOGY),
      Map.entry("علوم وتكنولوجيا", TECHNOLOGY), Map.entry("ثقافة", CULTURE), Map.entry("ثقافة وفن", CULTURE),
      Map.entry("فن", CULTURE));

  private final String key;
  private final String arabicName;

  Topic(String key, String arabicName) {
    this.key = key;
    this.arabicName = arabicName;
  }

  /** The stable id stored with articles and used in URLs ({@code /topics/middle-east}). */
  public String key() {
    return key;
  }

  public String arabicName() {
    return arabicName;
  }

  /** Every topic's key, in order. */
  public static java.util.List<String> keys() {
    return java.util.Arrays.stream(values()).map(Topic::key).toList();
  }

  public static Optional<Topic> fromKey(String key) {
    for (Topic t : values()) {
      if (t.key.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The topic a source's own category names ({@code internationalNews} → world), if any. */
  public static Optional<Topic> fromCategory(String category) {
    if (category == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(CATEGORIES.get(category.strip().toLowerCase(Locale.ROOT)));
  }
}
