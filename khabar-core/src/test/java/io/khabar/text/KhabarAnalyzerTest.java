package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.testing.Tokens;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Khabar's full analysis chain, on sentences from the seed aggregator page. */
class KhabarAnalyzerTest {
  /** First sentence of the seed page (/work/shared/data/seed/aggregator-page.txt). */
  static final String SEED_SENTENCE =
      "أعلن الرئيس الصيني شي جين بينغ الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده";
  static final String SEED_SENTENCE_2 =
      "وتم الحفاظ على العلاقات الصينية الروسية وتعزيزها منذ الحرب الروسية على أوكرانيا مطلع عام 2022 رغم العقوبات الغربية ضد روسيا";

  private final Analyzer khabar = KhabarAnalyzer.create();
  private final Analyzer lucene = KhabarAnalyzer.create(AnalysisVariant.LUCENE_ARABIC);

  private List<String> terms(String text) {
    return Tokens.of(khabar, text);
  }

  private String term(String word) {
    return Tokens.one(khabar, word);
  }

  @Test
  void createIsTheKhabarVariant() {
    assertEquals(AnalysisVariant.KHABAR, KhabarAnalyzer.create().variant());
  }

  @Test
  void seedSentence() {
    assertEquals(List.of("اعلن", "رييس", "صين", "شي", "جين", "بينغ", "اربعا", "حفاظ", "علاق", "وثيق", "روسيا", "تعد",
        "خيارا", "استراتيجيا", "لبلاد"), terms(SEED_SENTENCE));
  }

  @Test
  void stopwordsOfTheSeedSentenceAreGone() {
    List<String> t = terms(SEED_SENTENCE);
    assertFalse(t.contains("علي"), t::toString); // على
    assertFalse(t.contains("ان"), t::toString); // أن
    assertFalse(t.contains("مع"), t::toString);
  }

  @Test
  void diacriticsAreRemoved() {
    assertEquals(terms("أعلن الرئيس الصيني"), terms("أَعْلَنَ الرَّئِيسُ الصِّينِيُّ"));
  }

  @Test
  void tatweelIsRemoved() {
    assertEquals(terms("روسيا الصين"), terms("روســـــيا الصـــين"));
  }

  @Test
  void alefFormsAreUnified() {
    assertEquals(term("اعلن"), term("أعلن"));
    assertEquals(term("استراتيجيا"), term("إستراتيجيا"));
    assertEquals(term("امن"), term("آمن"));
    assertEquals(term("الرئيس"), term("ٱلرئيس"));
  }

  @Test
  void alefMaksuraAndYehAreFolded() {
    assertEquals(term("مستشفى"), term("مستشفي"));
    assertEquals(term("موسيقى"), term("موسيقي"));
  }

  @Test
  void tehMarbutaAndHehAreFolded() {
    assertEquals(term("وثيقة"), term("وثيقه"));
    assertEquals(term("العاصمة"), term("العاصمه"));
  }

  @Test
  void arabicIndicAndPersianDigitsBecomeAscii() {
    assertEquals(List.of("2022"), terms("٢٠٢٢"));
    assertEquals(List.of("2022"), terms("۲۰۲۲"));
    assertEquals(List.of("36"), terms("٣٦"));
  }

  @Test
  void persianLettersAreFolded() {
    assertEquals(terms("الكويت"), terms("الکویت"));
  }

  @ParameterizedTest
  @CsvSource({"إلى", "الى", "على", "علي", "ألى", "أن", "ان", "في", "عن", "التي", "الذي"})
  void stopwordsAreRemovedHoweverWritten(String word) {
    assertEquals(List.of(), terms(word));
  }

  @Test
  void luceneArabicLetsNormalizedStopwordsThrough() {
    // the reason for the normalized list: Lucene removes stopwords before normalizing
    assertEquals(List.of(), Tokens.of(lucene, "إلى على"));
    assertFalse(Tokens.of(lucene, "الى ألى").isEmpty());
  }

  @Test
  void rootWawIsKeptInWathiqa() {
    assertEquals("وثيق", term("وثيقة"));
    assertEquals(term("الوثيقة"), term("وثيقة"));
    assertNotEquals("ثيق", term("وثيقة"));
  }

  @Test
  void wazirWithAndWithoutArticleAndConjunctionIsOneTerm() {
    String t = term("وزير");
    assertEquals(t, term("الوزير"));
    assertEquals(t, term("والوزير"));
    assertEquals("وزير", t);
  }

  @Test
  void washingtonKeepsItsWaw() {
    assertEquals("واشنطن", term("واشنطن"));
  }

  @Test
  void conjunctionWawIsStillStripped() {
    assertEquals(term("روسيا"), term("وروسيا"));
    assertEquals(term("موسكو"), term("وموسكو"));
  }

  @Test
  void countryNamesAreNotCut() {
    assertEquals("لبنان", term("لبنان"));
    assertEquals("بحرين", term("البحرين"));
    assertEquals(term("البحرين"), term("بحرين"));
    assertEquals("بوتين", term("بوتين"));
  }

  @Test
  void luceneArabicHasTheWawFault() {
    // the contrast that shows the fixes are real: Lucene's chain cuts the root waw and the names
    assertEquals("ثيق", Tokens.one(lucene, "وثيقة"));
    assertNotEquals(Tokens.one(lucene, "وثيقة"), Tokens.one(lucene, "الوثيقة"));
    assertNotEquals(Tokens.one(lucene, "وزير"), Tokens.one(lucene, "الوزير"));
    assertEquals("اشنطن", Tokens.one(lucene, "واشنطن"));
    assertEquals("لبن", Tokens.one(lucene, "لبنان"));
    assertEquals("بحر", Tokens.one(lucene, "البحرين"));
  }

  @Test
  void eachVariantAddsItsFix() {
    String words = "وثيقة واشنطن لبنان";
    assertEquals(List.of("ثيق", "اشنطن", "لبن"), Tokens.of(KhabarAnalyzer.create(AnalysisVariant.NORMALIZED), words));
    assertEquals(List.of("وثيق", "واشنطن", "لبن"), Tokens.of(KhabarAnalyzer.create(AnalysisVariant.ROOT_WAW), words));
    assertEquals(List.of("وثيق", "واشنطن", "لبنان"), Tokens.of(KhabarAnalyzer.create(AnalysisVariant.KHABAR), words));
  }

  @ParameterizedTest(name = "{1} typed for {0}")
  @CsvSource({
      "أعلن, اعلن",
      "الأربعاء, الاربعاء",
      "الأربعاء, الاربعا",
      "إستراتيجيا, استراتيجيا",
      "أوكرانيا, اوكرانيا",
      "مسؤول, مسوول",
      "وثيقة, وثيقه",
      "الصينية, الصينيه",
      "مستشفى, مستشفي",
      "ميخائيل, ميخاييل",
  })
  void queryTypedLooselyGivesTheSameTerm(String original, String typed) {
    assertEquals(term(original), term(typed));
  }

  @Test
  void secondSeedSentenceFoldsConjunctionsAndDigits() {
    List<String> t = terms(SEED_SENTENCE_2);
    assertTrue(t.contains("2022"), t::toString);
    assertTrue(t.contains("روسيا"), t::toString);
    assertTrue(t.contains("اوكرانيا"), t::toString);
    assertFalse(t.contains("علي"), t::toString);
    // وتعزيزها: the waw of the conjunction goes, the stem stays recognisable
    assertEquals(term("تعزيزها"), term("وتعزيزها"));
  }

  @Test
  void normalizeWordFoldsWithoutStemming() {
    assertEquals("الوثيقه", KhabarAnalyzer.normalizeWord("الوَثِيقة"));
    assertEquals("مسوول", KhabarAnalyzer.normalizeWord("مسؤول"));
    assertEquals("الي", KhabarAnalyzer.normalizeWord("إلى"));
  }
}
