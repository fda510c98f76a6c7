package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.testing.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter alone, after a whitespace tokenizer: no lower-casing, digit folding or stemming around it. */
class ArabicFoldingFilterTest {
  private static List<String> fold(String text, ArabicFolding folding) {
    return Tokens.filtered(text, ts -> new ArabicFoldingFilter(ts, folding));
  }

  @Test
  void foldsEveryToken() {
    assertEquals(List.of("مسوول", "ايراني", "يزور", "الكويت"),
        fold("مسؤول ایرانی یزور الکویت", ArabicFolding.SEARCH));
  }

  @Test
  void usesTheFoldingItIsGiven() {
    assertEquals(List.of("مسؤول", "1446"), fold("مسؤول ١٤٤٦", ArabicFolding.MATCHING));
    assertEquals(List.of("مسوول", "١٤٤٦"), fold("مسؤول ١٤٤٦", ArabicFolding.NAMES));
  }

  @Test
  void aTokenThatFoldsToNothingStaysAnEmptyToken() {
    // as ArabicNormalizationFilter does with a word of diacritics: the stop filter and stemmer see it empty
    assertEquals(List.of("", "سما"), fold("ء سماء", ArabicFolding.SEARCH));
  }

  @Test
  void leavesUnfoldedTokensAlone() {
    assertEquals(List.of("Putin", "وزير"), fold("Putin وزير", ArabicFolding.SEARCH));
  }
}
