package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import org.junit.jupiter.api.Test;

/** Issue 15: control characters separate words, ids with controls or bidi controls are refused, bidi overrides go. */
class RecordLimitsTest {
  private static Article article(String id, String title, String text) {
    return new Article(id, null, "src", title, text, null, null, null);
  }

  @Test
  void controlCharactersBecomeSpacesAndNeverGlueWords() {
    assertEquals("عنوان مصغر", RecordLimits.clean("عنوان\u0000مصغر"));
    assertEquals("عنوان مصغر", RecordLimits.clean("عنوان\u0007\u0000\u001bمصغر"));
    assertEquals("نص فيه أصفار", RecordLimits.clean("نص\u0000 فيه\u0000\u0000 أصفار\u0007"));
    assertEquals("سطر\nسطر", RecordLimits.clean("سطر\r\nسطر"));
    assertEquals("سطر\nسطر", RecordLimits.clean("سطر\rسطر"));
    assertEquals("a\tb\nc", RecordLimits.clean("a\tb\nc"), "tab and newline are kept");
    assertEquals("a b", RecordLimits.clean("a\u0085b"), "C1 controls too");
  }

  @Test
  void bidiOverridesAndIsolatesAreRemovedFromTitlesAndText() {
    Article a = RecordLimits.clean(article("x", "\u202eعنوان\u202c مقلوب", "نص \u2066معزول\u2069 و\u202aمضمن\u202c"));
    assertEquals("عنوان مقلوب", a.title());
    assertEquals("نص معزول ومضمن", a.text());
    for (char c = 0x202a; c <= 0x202e; c++) {
      assertEquals("ab", RecordLimits.clean("a" + c + "b"));
    }
    for (char c = 0x2066; c <= 0x2069; c++) {
      assertEquals("ab", RecordLimits.clean("a" + c + "b"));
    }
    assertEquals("\u200fعربي", RecordLimits.clean("\u200fعربي"), "a plain RLM mark is harmless and kept");
  }

  @Test
  void idsWithControlOrBidiCharactersAreRefusedNotRepaired() {
    // a\u0000b and ab were one article.
    assertNotNull(RecordLimits.problem(RecordLimits.clean(article("a\u0000b", "t", "نص"))));
    assertNull(RecordLimits.problem(RecordLimits.clean(article("ab", "t", "نص"))));
    for (String id : new String[] {"a\u0000b", "a\u001fb", "a\u007fb", "a\u0085b", "a\tb", "a\nb", "abc\u202e", "\u2067x", "x\u202ay"}) {
      String why = RecordLimits.idProblem(id);
      assertNotNull(why, id);
      assertTrue(why.startsWith("id holds a"), why);
    }
    assertNull(RecordLimits.idProblem("BB-internationalNews-64-20180226"));
    assertNull(RecordLimits.idProblem("خبر-١٢"));
  }
}
