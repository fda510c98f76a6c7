package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void cleanCollapsesSpacesAndDropsInvisibleMarks() {
    assertEquals("نص واحد", Text.clean("  نص\u00A0\u200F\n\t واحد \uFEFF"));
    assertEquals(3, Text.words(" ثلاث  كلمات هنا "));
  }

  @Test
  void cleanKeepsJoiners() {
    assertEquals("می\u200Cخواهم", Text.clean("می\u200Cخواهم")); // ZWNJ carries meaning in Persian
  }

  @Test
  void invisibleMarksAreDirectionMarksZeroWidthSpaceBomAndSoftHyphen() {
    for (char c : "\u200B\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF\u00AD\u061C".toCharArray()) {
      assertTrue(Text.isInvisible(c), Integer.toHexString(c));
    }
    for (char c : "\u200C\u200D \u00A0اa".toCharArray()) {
      assertFalse(Text.isInvisible(c), Integer.toHexString(c));
    }
  }

  @Test
  void keyIsFoldedLettersAndDigitsOnly() {
    assertEquals(Text.key("مصراوي كوم"), Text.key("مصراوي.كوم"));
    assertEquals("مصراويكوم", Text.key("مصراوي.كوم"));
    assertEquals("اشا", Text.key("أ ش أ"));
    assertEquals("1446ه", Text.key("١٤٤٦ هـ"));
    assertEquals("", Text.key(" - | "));
  }
}
