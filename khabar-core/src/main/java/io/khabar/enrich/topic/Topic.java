package io.khabar.enrich.topic;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Khabar's topics (see docs/topics.md). Exactly the ones ANT labels, so that every topic is trained and
 * measured: a topic without labelled articles (health, politics, ...) could be neither.
 */
public enum Topic {
  WORLD("world", "العالم"),
  MIDDLE_EAST("middle-east", "الشرق الأوسط"),
  ECONOMY("economy", "اقتصاد"),
  SPORT("sport", "رياضة"),
  TECHNOLOGY("technology", "تكنولوجيا"),
  CULTURE("culture", "ثقافة وفن");

  /** Source categories (ANT's, and common JSONL ones), lower-cased, onto topics. */
  private static final Map<String, Topic> CATEGORIES = Map.ofEntries(
      Map.entry("internationalnews", WORLD), Map.entry("world", WORLD), Map.entry("international", WORLD),
      Map.entry("middleeast", MIDDLE_EAST), Map.entry("middle-east", MIDDLE_EAST), Map.entry("arab", MIDDLE_EAST),
      Map.entry("economy", ECONOMY), Map.entry("business", ECONOMY),
      Map.entry("sport", SPORT), Map.entry("sports", SPORT),
      Map.entry("technology", TECHNOLOGY), Map.entry("tech", TECHNOLOGY), Map.entry("science", TECHNOLOGY),
      Map.entry("culture", CULTURE), Map.entry("art", CULTURE), Map.entry("arts", CULTURE),
      Map.entry("عالم", WORLD), Map.entry("العالم", WORLD), Map.entry("دولي", WORLD), Map.entry("دولية", WORLD),
      Map.entry("الشرق الأوسط", MIDDLE_EAST), Map.entry("عربي", MIDDLE_EAST), Map.entry("اقتصاد", ECONOMY),
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
