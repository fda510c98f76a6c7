package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldTest {
  @Test
  void foldsSpellingVariantsTogether() {
    assertEquals(Fold.of("اقرا ايضا"), Fold.of("إقرأ أيضاً"));
    assertEquals(Fold.of("مقالات ذات صله"), Fold.of("مقالات ذات صلة"));
    assertEquals("1446 ه", Fold.of("١٤٤٦ هـ"));
    assertEquals("يكتب", Fold.of("يـكـتـب"));
    assertEquals("hello", Fold.of("He\u200Fllo"));
  }

  @Test
  void cleanCollapsesSpacesAndDropsInvisibleMarks() {
    assertEquals("نص واحد", Text.clean("  نص\u00A0\u200F\n\t واحد \uFEFF"));
    assertEquals(3, Text.words(" ثلاث  كلمات هنا "));
  }
}
