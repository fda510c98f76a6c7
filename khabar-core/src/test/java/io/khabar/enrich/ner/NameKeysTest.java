package io.khabar.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  private void same(String a, String b) {
    assertEquals(NameKeys.key(a), NameKeys.key(b), a + " / " + b);
  }

  private void different(String a, String b) {
    assertNotEquals(NameKeys.key(a), NameKeys.key(b), a + " / " + b);
  }

  @Test
  void transliterationsOfOneForeignNameShareAKey() {
    same("بيلغورود", "بيلجورود");
    same("زيلينسكي", "زيلنسكي");
    same("ستولتنبرغ", "ستولتنبيرغ");
    same("غوتيريش", "جوتيريش");
    same("شي جين بينغ", "شي جين بينج");
    same("أمريكا", "أميركا");
    same("واشنطن", "واشنطون");
    same("الكونغرس", "الكونجرس");
    same("الأمريكي", "الأميركي");
    same("بول بوغبا", "بول بوجبا");
  }

  @Test
  void arabicSpellingVariantsShareAKey() {
    same("أحمد", "احمد");
    same("إسرائيل", "اسرائيل");
    same("آل ثاني", "ال ثاني");
    same("مصطفى", "مصطفي");
    same("حماة", "حماه");
    same("عبد الله", "عبدالله");
    same("أبو ظبي", "أبوظبي");
    same("مُحَمَّد", "محمد");
    same("المؤتمر", "الموتمر");
  }

  @Test
  void lookAlikeNamesStayApart() {
    different("محمد", "محمود");
    different("محمد", "أحمد");
    different("محمود", "أحمد");
    different("حسن", "حسين");
    different("عمر", "عمرو");
    different("سعد", "سعيد");
    different("إيران", "العراق");
    different("بوتين", "بوتان");
    different("سلمان", "سليمان");
    different("مروان", "مارون");
    different("عثمان", "عثيمين");
    different("لندن", "ليندون");
    different("شكري", "شاكيري");
    different("الجبير", "الجبوري");
    different("الزهراني", "الظهران");
  }

  @Test
  void orthographicBaselineFoldsOnlySpelling() {
    assertEquals(NameKeys.orthographic("أحمد"), NameKeys.orthographic("احمد"));
    assertNotEquals(NameKeys.orthographic("زيلينسكي"), NameKeys.orthographic("زيلنسكي"));
    assertTrue(NameKeys.key("  ").isEmpty());
  }
}
