package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each rule alone, applied char by char without a table: what it changes, and that it changes nothing else. */
class FoldingRuleTest {
  private static final String DROP = "DROP";

  /** Applies one rule to every char of {@code s}. */
  private static String fold(FoldingRule rule, String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      int f = rule.apply(c);
      if (f != FoldingRule.DROP) {
        out.append((char) f);
      }
    }
    return out.toString();
  }

  /** Every char the rule changes, with what it becomes. */
  private static Map<Character, String> changes(FoldingRule rule) {
    Map<Character, String> out = new TreeMap<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      int f = rule.apply((char) c);
      if (f != c) {
        out.put((char) c, f == FoldingRule.DROP ? DROP : String.valueOf((char) f));
      }
    }
    return out;
  }

  private static Map<Character, String> dropping(String chars) {
    return mapping(chars, DROP);
  }

  private static Map<Character, String> mapping(String chars, String to) {
    Map<Character, String> out = new TreeMap<>();
    for (char c : chars.toCharArray()) {
      out.put(c, to);
    }
    return out;
  }

  private static Map<Character, String> range(char first, char last) {
    StringBuilder b = new StringBuilder();
    for (char c = first; c <= last; c++) {
      b.append(c);
    }
    return dropping(b.toString());
  }

  @Test
  void eachRuleChangesExactlyItsCharacters() {
    Map<FoldingRule, Map<Character, String>> expected = new EnumMap<>(FoldingRule.class);
    Map<Character, String> digits = new TreeMap<>();
    for (int i = 0; i < 10; i++) {
      digits.put((char) ('\u0660' + i), String.valueOf(i));
      digits.put((char) ('\u06F0' + i), String.valueOf(i));
    }
    expected.put(FoldingRule.ARABIC_DIGITS, digits);
    expected.put(FoldingRule.HARAKAT, range('\u064B', '\u0652'));
    expected.put(FoldingRule.HAMZA_MARKS, range('\u0653', '\u0655'));
    expected.put(FoldingRule.SUPERSCRIPT_ALEF, dropping("\u0670"));
    expected.put(FoldingRule.OTHER_MARKS, range('\u0656', '\u065F'));
    expected.put(FoldingRule.TATWEEL, dropping("\u0640"));
    expected.put(FoldingRule.INVISIBLE, dropping("\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
        + "\u2066\u2067\u2068\u2069\uFEFF\u00AD\u061C"));
    expected.put(FoldingRule.JOINERS, dropping("\u200C\u200D"));
    expected.put(FoldingRule.ALEF_FORMS, mapping("أإآٱ", "ا"));
    expected.put(FoldingRule.ALEF_MAQSURA, mapping("ى", "ي"));
    expected.put(FoldingRule.FARSI_YEH, mapping("ی", "ي"));
    expected.put(FoldingRule.TEH_MARBUTA, mapping("ة", "ه"));
    Map<Character, String> seats = new TreeMap<>(Map.of('ؤ', "و", 'ئ', "ي"));
    expected.put(FoldingRule.HAMZA_SEATS, seats);
    expected.put(FoldingRule.LONE_HAMZA, dropping("ء"));
    expected.put(FoldingRule.KEHEH, mapping("ک", "ك"));
    expected.put(FoldingRule.HEH_VARIANTS, mapping("ہەۀ", "ه"));
    expected.put(FoldingRule.PERSIAN_LETTERS, new TreeMap<>(Map.of('پ', "ب", 'چ', "ج", 'گ', "ج", 'ڤ', "ف")));
    expected.put(FoldingRule.SEPARATORS, new TreeMap<>(Map.of('\u066B', ".", '\u066C', ",")));
    for (FoldingRule rule : FoldingRule.values()) {
      if (rule != FoldingRule.LOWER_CASE) {
        assertEquals(expected.get(rule), changes(rule), rule.name());
      }
    }
  }

  @Test
  void arabicDigits() {
    assertEquals("1446 2024 7", fold(FoldingRule.ARABIC_DIGITS, "١٤٤٦ ۲۰۲۴ 7"));
  }

  @Test
  void harakat() {
    assertEquals("محمد سلاما", fold(FoldingRule.HARAKAT, "مُحَمَّد سلامًا"));
  }

  @Test
  void hamzaMarks() {
    assertEquals("امر", fold(FoldingRule.HAMZA_MARKS, "ا\u0654مر"));
  }

  @Test
  void superscriptAlef() {
    assertEquals("هذا", fold(FoldingRule.SUPERSCRIPT_ALEF, "هٰذا"));
  }

  @Test
  void otherMarks() {
    assertEquals("بسم", fold(FoldingRule.OTHER_MARKS, "ب\u0656سم"));
  }

  @Test
  void tatweel() {
    assertEquals("يكتب", fold(FoldingRule.TATWEEL, "يـكـتـب"));
  }

  @Test
  void invisibleMarksButNotJoiners() {
    assertEquals("Hello", fold(FoldingRule.INVISIBLE, "He\u200Fl\u00ADlo\uFEFF"));
    assertEquals("می\u200Cخواهم", fold(FoldingRule.INVISIBLE, "می\u200Cخواهم"));
  }

  @Test
  void joiners() {
    assertEquals("میخواهم", fold(FoldingRule.JOINERS, "می\u200Cخواهم"));
  }

  @Test
  void alefForms() {
    assertEquals("اعلن انه امن الرحمن", fold(FoldingRule.ALEF_FORMS, "أعلن إنه آمن ٱلرحمن"));
  }

  @Test
  void alefMaqsura() {
    assertEquals("علي", fold(FoldingRule.ALEF_MAQSURA, "على"));
  }

  @Test
  void farsiYeh() {
    assertEquals("علي", fold(FoldingRule.FARSI_YEH, "علی"));
  }

  @Test
  void tehMarbuta() {
    assertEquals("مدرسه", fold(FoldingRule.TEH_MARBUTA, "مدرسة"));
  }

  @Test
  void hamzaSeats() {
    assertEquals("مسوول رييس", fold(FoldingRule.HAMZA_SEATS, "مسؤول رئيس"));
  }

  @Test
  void loneHamza() {
    assertEquals("الاربعا سما", fold(FoldingRule.LONE_HAMZA, "الاربعاء سماء"));
  }

  @Test
  void keheh() {
    assertEquals("كتاب", fold(FoldingRule.KEHEH, "کتاب"));
  }

  @Test
  void hehVariants() {
    assertEquals("مدرسه مدرسه", fold(FoldingRule.HEH_VARIANTS, "مدرسہ مدرسە"));
  }

  @Test
  void persianLetters() {
    assertEquals("بوتين جيفارا فولفو جوجل", fold(FoldingRule.PERSIAN_LETTERS, "پوتين چيفارا ڤولڤو گوگل"));
  }

  @Test
  void separators() {
    assertEquals("3.5 1,000", fold(FoldingRule.SEPARATORS, "3\u066B5 1\u066C000"));
  }

  @Test
  void lowerCaseIsOneCharAtATime() {
    assertEquals("bbc news ä", fold(FoldingRule.LOWER_CASE, "BBC News Ä"));
    String deseret = new String(Character.toChars(0x10400)); // an upper-case letter outside the BMP
    assertEquals(deseret, fold(FoldingRule.LOWER_CASE, deseret));
    for (int c = 0; c <= 0xFFFF; c++) {
      assertEquals(Character.toLowerCase((char) c), FoldingRule.LOWER_CASE.apply((char) c));
    }
  }

  @Test
  void dropsIsApplyReturningDrop() {
    assertTrue(FoldingRule.TATWEEL.drops('\u0640'));
    assertFalse(FoldingRule.TATWEEL.drops('ا'));
    assertFalse(FoldingRule.ALEF_FORMS.drops('أ'));
  }
}
