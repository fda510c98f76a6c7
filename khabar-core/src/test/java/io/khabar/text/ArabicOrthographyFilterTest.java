package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.testing.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The orthography filter alone, after a whitespace tokenizer: no normalization, no stemming around it. */
class ArabicOrthographyFilterTest {

  private static List<String> fold(String text) {
    return Tokens.filtered(text, ArabicOrthographyFilter::new);
  }

  @Test
  void alefWaslaBecomesAlef() {
    assertEquals(List.of("الرحمن"), fold("ٱلرحمن"));
  }

  @Test
  void farsiYehBecomesArabicYeh() {
    assertEquals(List.of("علي", "كرسي"), fold("علی کرسی"));
  }

  @Test
  void kehehBecomesKaf() {
    assertEquals(List.of("كتاب"), fold("کتاب"));
  }

  @Test
  void hamzaOnWawBecomesWaw() {
    assertEquals(List.of("مسوول", "رووس"), fold("مسؤول رؤوس"));
  }

  @Test
  void hamzaOnYehBecomesYeh() {
    assertEquals(List.of("رييس", "مسيول"), fold("رئيس مسئول"));
  }

  @Test
  void loneHamzaIsDropped() {
    assertEquals(List.of("الاربعا", "سما", "جز"), fold("الاربعاء سماء جزء"));
  }

  @Test
  void hehVariantsBecomeHeh() {
    assertEquals(List.of("مدرسه", "مدرسه"), fold("مدرسہ مدرسە"));
  }

  @Test
  void superscriptAlefAndHamzaMarksAreDropped() {
    // هٰذا with a superscript alef; ا followed by a combining hamza above (U+0654)
    assertEquals(List.of("هذا", "امر"), fold("هٰذا ا\u0654مر"));
  }

  @Test
  void leavesEverythingElseAlone() {
    // the filter does not touch alef with hamza (that is ArabicNormalizationFilter's job), ة, ى or diacritics
    assertEquals(List.of("أعلن", "وثيقة", "على", "سَلام", "Putin"), fold("أعلن وثيقة على سَلام Putin"));
  }

  @Test
  void foldsEveryTokenOfASentence() {
    assertEquals(List.of("مسوول", "ايراني", "يزور", "الكويت"), fold("مسؤول ایرانی یزور الکویت"));
  }
}
