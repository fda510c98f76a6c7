package io.khabar.text;

import static io.khabar.text.ArabicFolding.MATCHING;
import static io.khabar.text.ArabicFolding.NAMES;
import static io.khabar.text.ArabicFolding.SEARCH;
import static io.khabar.text.FoldingRule.ALEF_FORMS;
import static io.khabar.text.FoldingRule.LONE_HAMZA;
import static io.khabar.text.FoldingRule.TATWEEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The composition of rules, and each preset alone. */
class ArabicFoldingTest {
  private static final String DESERET_CAPITAL = new String(Character.toChars(0x10400));
  private static final String MATH_DIGIT_ONE = new String(Character.toChars(0x1D7D9));

  @Test
  void noRulesIsTheIdentity() {
    ArabicFolding none = ArabicFolding.of();
    assertEquals("أَعْلَنَ Abc ١", none.fold("أَعْلَنَ Abc ١"));
    for (int c = 0; c <= 0xFFFF; c++) {
      assertEquals(c, none.fold((char) c));
    }
  }

  @Test
  void rulesApplyInTheirOrder() {
    ArabicFolding f = ArabicFolding.of(ALEF_FORMS, TATWEEL, LONE_HAMZA);
    assertEquals(List.of(ALEF_FORMS, TATWEEL, LONE_HAMZA), f.rules());
    assertEquals("اعلن سما", f.fold("أعـلن سماء"));
    assertEquals('ا', f.fold('أ'));
    assertEquals(FoldingRule.DROP, f.fold('ء'));
    assertTrue(f.drops('\u0640'));
    assertFalse(f.drops('أ'));
  }

  @Test
  void aStringWithNothingToFoldIsReturnedAsIs() {
    String plain = new String("وزير".toCharArray());
    assertSame(plain, SEARCH.fold(plain));
    assertSame(plain, NAMES.fold(plain));
  }

  @Test
  void foldsInPlaceAndReturnsTheNewLength() {
    char[] s = "مُحَمَّدxyz".toCharArray();
    int len = SEARCH.fold(s, s.length - 3); // only the first part
    assertEquals("محمد", new String(s, 0, len));
    assertEquals(4, len);
  }

  @Test
  void emptyStaysEmpty() {
    assertEquals("", SEARCH.fold(""));
    assertEquals("", SEARCH.fold("ء"));
    assertEquals(0, SEARCH.fold(new char[0], 0));
  }

  // SEARCH: index and query terms

  @Test
  void searchFoldsWhatAQueryLeavesOut() {
    assertEquals("الوثيقه", SEARCH.fold("الوَثِيقة"));
    assertEquals("مسوول مسيول رييس", SEARCH.fold("مسؤول مسئول رئيس"));
    assertEquals("الاربعا سما جز", SEARCH.fold("الأربعاء سماء جزء"));
    assertEquals("الي ايراني الكويت", SEARCH.fold("إلى ایرانی الکویت"));
    assertEquals("هذا امر الرحمن مدرسه مدرسه", SEARCH.fold("هٰذا ا\u0654مر ٱلرحمن مدرسہ مدرسە"));
    assertEquals("يكتب", SEARCH.fold("يـكـتـب"));
  }

  @Test
  void searchLeavesCaseDigitsAndInvisibleMarksToOtherFilters() {
    // LowerCaseFilter and DecimalDigitFilter work on code points; StandardTokenizer splits at invisible marks
    assertEquals("BBC ١٤٤٦ a\u200Fb", SEARCH.fold("BBC ١٤٤٦ a\u200Fb"));
  }

  @Test
  void searchKeepsRarerMarksAndPersianLettersOtherThanKaf() {
    assertEquals("ب\u0656 پوتين", SEARCH.fold("ب\u0656 پوتين"));
  }

  // MATCHING: extraction

  @Test
  void matchingFoldsCuesAndDatesTogether() {
    assertEquals(MATCHING.fold("اقرا ايضا"), MATCHING.fold("إقرأ أيضاً"));
    assertEquals(MATCHING.fold("مقالات ذات صله"), MATCHING.fold("مقالات ذات صلة"));
    assertEquals("1446 ه", MATCHING.fold("١٤٤٦ هـ"));
    assertEquals("3.5 1,000", MATCHING.fold("٣٫٥ ١٬٠٠٠"));
    assertEquals("يكتب", MATCHING.fold("يـكـتـب"));
    assertEquals("hello", MATCHING.fold("He\u200Fllo"));
  }

  @Test
  void matchingKeepsHamzaSeatsAndLoneHamza() {
    // "مساء" must stay a date word
    assertEquals("مساء رييس مسؤول رئيس", MATCHING.fold("مساء رييس مسؤول رئيس"));
  }

  @Test
  void matchingKeepsPersianLettersAndJoiners() {
    assertEquals("ی ک پ ہ می\u200Cخواهم", MATCHING.fold("ی ک پ ہ می\u200Cخواهم"));
  }

  @Test
  void matchingLowerCasesCharsNotCodePoints() {
    assertEquals(DESERET_CAPITAL + MATH_DIGIT_ONE, MATCHING.fold(DESERET_CAPITAL + MATH_DIGIT_ONE));
  }

  // NAMES: named entities

  @Test
  void namesFoldHamzaAlefAndTehMarbuta() {
    assertEquals("انقره", NAMES.fold("أنقرة"));
    assertEquals("مسوول رييس", NAMES.fold("مسؤول رئيس"));
    assertEquals("موسي", NAMES.fold("موسى"));
  }

  @Test
  void namesFoldPersianLettersOfForeignNames() {
    assertEquals("بوتين جيفارا فولفو جوجل كريم علي", NAMES.fold("پوتين چيفارا ڤولڤو گوگل کريم علی"));
  }

  @Test
  void namesDropMarksTatweelAndEveryInvisibleMarkButKeepTheLoneHamza() {
    assertEquals("محمد", NAMES.fold("مُـحَـمَّد\u200C\u200D\u200F"));
    assertEquals("سماء", NAMES.fold("سماء"));
  }

  @Test
  void namesKeepCaseDigitsAndSeparators() {
    assertEquals("Putin ١٤٤٦ ٫", NAMES.fold("Putin ١٤٤٦ ٫"));
  }
}
