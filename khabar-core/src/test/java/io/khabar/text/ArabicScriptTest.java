package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicScriptTest {
  @Test
  void arabicLettersOnlyNotDigitsMarksOrPunctuation() {
    assertTrue(ArabicScript.hasArabic("Putin بوتين"));
    assertTrue(ArabicScript.hasArabic("پ"));
    assertFalse(ArabicScript.hasArabic("Putin 2024"));
    assertFalse(ArabicScript.hasArabic("١٤٤٦ ، ؟ \u064E"));
    assertFalse(ArabicScript.hasArabic(""));
  }
}
