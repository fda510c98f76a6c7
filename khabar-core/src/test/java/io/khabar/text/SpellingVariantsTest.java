package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
  @Test
  void theSkeletonDropsInnerLongVowelsOnly() {
    assertEquals("ترمب", SpellingVariants.skeleton("ترامب"));
    assertEquals("ترمب", SpellingVariants.skeleton("ترمب"));
    assertEquals("بتن", SpellingVariants.skeleton("بوتين"));
    assertEquals("ارضي", SpellingVariants.skeleton("اراضي"), "first and last letters stay, vowels or not");
    assertNull(SpellingVariants.skeleton("قال"), "in a short word the vowel letter is the word");
  }

  @Test
  void aVariantMapsToItsFormAndTheFormListsEverySpelling() {
    SpellingVariants v = new SpellingVariants(Map.of("ترمب", "ترامب", "بوتن", "بوتين"));
    assertEquals("ترامب", v.form("ترمب"));
    assertEquals("ترامب", v.form("ترامب"));
    assertEquals("قمة", v.form("قمة"), "a word with no variant is itself");
    assertEquals(List.of("ترامب", "ترمب"), v.spellings("ترامب"));
    assertEquals(List.of("قمة"), v.spellings("قمة"));
  }

  @Test
  void theFileIsReadLineByLineAndABadLineIsRefusedByName() throws IOException {
    String ok = "# comment\nترمب\tترامب\n\nبوتن\tبوتين\n";
    assertEquals(2, SpellingVariants.read(in(ok)).size());
    IOException e = assertThrows(IOException.class, () -> SpellingVariants.read(in("ترمب ترامب\n")));
    assertEquals("spelling variants: bad line 'ترمب ترامب'", e.getMessage());
  }

  @Test
  void theShippedTableKnowsTheOutletsHouseSpellings() {
    SpellingVariants shipped = SpellingVariants.shipped();
    // Sky News Arabia and Al Arabiya write ترمب and بوتن; BBC, CNN and France 24 write ترامب and بوتين.
    assertEquals(shipped.form("ترامب"), shipped.form("ترمب"));
    assertEquals(shipped.form("بوتين"), shipped.form("بوتن"));
    assertEquals(shipped.form("نتنياهو"), shipped.form("نتانياهو"));
  }

  private static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
