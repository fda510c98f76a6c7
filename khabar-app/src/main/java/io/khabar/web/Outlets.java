package io.khabar.web;

import java.util.Map;

/** Display names of the outlets Khabar knows; a store may hold others, shown by their key. */
public final class Outlets {
  private static final Map<String, String> NAMES = Map.of(
      "alarabia", "العربية",
      "alarabiya", "العربية",
      "bbc", "بي بي سي عربي",
      "cnn", "سي إن إن بالعربية",
      "france24", "فرانس 24",
      "skynews", "سكاي نيوز عربية",
      "rt", "آر تي عربي",
      "dw", "دويتشه فيله عربي");

  private Outlets() {}

  public static String name(String key) {
    if (key == null || key.isBlank()) {
      return "مصدر غير معروف";
    }
    return NAMES.getOrDefault(key, key);
  }
}
