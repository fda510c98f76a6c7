package io.khabar.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.enrich.ner.Gazetteer.Mark;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer loc = new Gazetteer(Gazetteer.parse(List.of("====", "موسكو", "الأمم المتحدة", "الأمم", "****")));

  private static String[] folded(String s) {
    return NerFeatures.modelTokens(s.split(" "));
  }

  @Test
  void longestEntryWinsAndSeparatorLinesAreSkipped() {
    assertArrayEquals(new Mark[] {Mark.NONE, Mark.BEGIN, Mark.INSIDE, Mark.NONE},
        loc.marks(folded("قالت الامم المتحدة أمس")));
  }

  @Test
  void theFirstWordMatchesThroughItsProclitic() {
    assertArrayEquals(new Mark[] {Mark.BEGIN, Mark.NONE, Mark.BEGIN, Mark.INSIDE},
        loc.marks(folded("وموسكو و للأمم المتحدة")));
  }

  @Test
  void parseKeepsOnlyLinesWithArabicLetters() {
    assertEquals(3, Gazetteer.parse(List.of("====", "موسكو", "", "الأمم المتحدة", "****", "الأمم")).size());
  }

  @Test
  void theDictionaryStoredInTheModelGivesTheSameMatches() {
    Gazetteer fromDictionary = Gazetteer.of(Gazetteer.toDictionary(Gazetteer.parse(List.of("موسكو", "الأمم المتحدة"))));
    assertArrayEquals(loc.marks(folded("بموسكو الأمم المتحدة")), fromDictionary.marks(folded("بموسكو الأمم المتحدة")));
  }

  @Test
  void aLongerEntryThatDoesNotFinishLeavesTheLongestOneThatDoes() {
    Gazetteer pers = new Gazetteer(Gazetteer.parse(List.of("عبد", "عبد الله", "عبد الله بن زايد", "عبد الرحمن")));
    assertArrayEquals(new Mark[] {Mark.BEGIN, Mark.INSIDE, Mark.NONE, Mark.NONE},
        pers.marks(folded("عبد الله بن سلمان")));
    assertArrayEquals(new Mark[] {Mark.NONE, Mark.BEGIN, Mark.INSIDE, Mark.INSIDE, Mark.INSIDE},
        pers.marks(folded("قال عبد الله بن زايد")));
    assertArrayEquals(new Mark[] {Mark.BEGIN, Mark.BEGIN}, pers.marks(folded("عبد وعبد")));
    assertArrayEquals(new Mark[] {Mark.BEGIN, Mark.INSIDE}, pers.marks(folded("عبد الله")), "an entry may end the sentence");
  }
}
