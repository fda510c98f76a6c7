package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
  static final String TEXT = "أعلن الرئيس الصيني شي جين بينغ الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده.";

  @Test
  void diacriticsDoNotChangeIt() {
    assertEquals(TextFingerprint.of(TEXT),
        TextFingerprint.of("أَعْلَنَ الرَّئِيسُ الصِّينِيُّ شي جين بينغ الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده."));
  }

  @Test
  void punctuationAndSpacingDoNotChangeIt() {
    assertEquals(TextFingerprint.of(TEXT),
        TextFingerprint.of("  أعلن الرئيس الصيني، شي جين بينغ، الأربعاء: أن الحفاظ على علاقات\n\n وثيقة مع «روسيا» تعد خيارا\tإستراتيجيا لبلاده!!"));
  }

  @Test
  void letterVariantsAndTatweelDoNotChangeIt() {
    assertEquals(TextFingerprint.of(TEXT),
        TextFingerprint.of("اعلن الرئيـــس الصيني شي جين بينغ الاربعاء ان الحفاظ علي علاقات وثيقه مع روسيا تعد خيارا استراتيجيا لبلاده"));
  }

  @Test
  void itIsStable() {
    assertEquals(TextFingerprint.of(TEXT), TextFingerprint.of(new String(TEXT)));
    assertEquals(32, TextFingerprint.of(TEXT).length());
  }

  @Test
  void differentWordsGiveADifferentFingerprint() {
    assertNotEquals(TextFingerprint.of(TEXT), TextFingerprint.of(TEXT.replace("روسيا", "الهند")));
  }

  @Test
  void aMissingWordGivesADifferentFingerprint() {
    assertNotEquals(TextFingerprint.of(TEXT), TextFingerprint.of(TEXT.replace(" وثيقة", "")));
  }

  @Test
  void wordOrderMatters() {
    assertNotEquals(TextFingerprint.of("روسيا والصين"), TextFingerprint.of("الصين وروسيا"));
  }

  @Test
  void differentNumbersGiveADifferentFingerprint() {
    assertNotEquals(TextFingerprint.of("دمرت 36 طائرة"), TextFingerprint.of("دمرت 18 طائرة"));
  }

  @Test
  void digitFormsDoNotChangeIt() {
    assertEquals(TextFingerprint.of("دمرت 36 طائرة"), TextFingerprint.of("دمرت ٣٦ طائرة"));
  }
}
