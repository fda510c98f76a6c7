package io.khabar.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {
  private final NerTokenizer tokenizer = new NerTokenizer(1000);

  @Test
  void punctuationIsATokenAndClitcsStayAttachedAsInAnercorp() {
    assertEquals(List.of(List.of("وقال", "بوتين", "،", "في", "موسكو", "."), List.of("ثم", "غادر")),
        tokenizer.sentences("وقال بوتين، في موسكو. ثم غادر"));
  }

  @Test
  void tatweelDiacriticsAndDirectionMarksDoNotSplitWords() {
    assertEquals(List.of(List.of("محمَّد", "حين")), tokenizer.sentences("مـحـمَّد حين\u200F"));
  }

  @Test
  void joinersInsideAWordAreDroppedAndDoNotSplitIt() {
    assertEquals(List.of(List.of("محمَّد")), tokenizer.sentences("مح\u200Cـ\u200Dمَّد"));
  }

  @Test
  void longTextsAreCutAtTheTokenBudgetAndLongSentencesSplit() {
    String text = "كلمة ".repeat(5000);
    List<List<String>> s = new NerTokenizer(300).sentences(text);
    assertEquals(300, s.stream().mapToInt(List::size).sum());
    assertTrue(s.stream().allMatch(x -> x.size() <= NerTokenizer.MAX_SENTENCE));
  }

  @Test
  void emptyAndBlankTextsGiveNoSentence() {
    assertEquals(List.of(), tokenizer.sentences(""));
    assertEquals(List.of(), tokenizer.sentences(" \n\t "));
  }
}
