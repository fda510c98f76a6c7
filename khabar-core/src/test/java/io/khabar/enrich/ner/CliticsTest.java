package io.khabar.enrich.ner;

import static io.khabar.text.ArabicFolding.NAMES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticsTest {
  private final NameLexicon lexicon = new NameLexicon(List.of("موسكو", "بوش", "بلير", "لبنان", "العراق", "فيصل", "بيروت"));

  @Test
  void conjunctionsAndPrepositionsLeaveTheName() {
    assertEquals("موسكو", Clitics.strip("وموسكو", lexicon));
    assertEquals("موسكو", Clitics.strip("بموسكو", lexicon));
    assertEquals("موسكو", Clitics.strip("فموسكو", lexicon));
    assertEquals("بيروت", Clitics.strip("وببيروت", lexicon));
    assertEquals("بيروت", Clitics.strip("كبيروت", lexicon));
  }

  @Test
  void theArticleStaysAndLamLamRestoresIt() {
    assertEquals("العراق", Clitics.strip("والعراق", lexicon));
    assertEquals("العراق", Clitics.strip("بالعراق", lexicon));
    assertEquals("العراق", Clitics.strip("للعراق", lexicon));
    assertEquals("العراق", Clitics.strip("العراق", lexicon));
  }

  @Test
  void aLetterThatBelongsToTheNameStays() {
    assertEquals("بوش", Clitics.strip("بوش", lexicon));
    assertEquals("بلير", Clitics.strip("بلير", lexicon));
    assertEquals("لبنان", Clitics.strip("لبنان", lexicon));
    assertEquals("لبنان", Clitics.strip("للبنان", lexicon));
    assertEquals("لبنان", Clitics.strip("ولبنان", lexicon));
    assertEquals("فيصل", Clitics.strip("فيصل", lexicon));
  }

  @Test
  void unknownWordsLoseOnlyUnambiguousClitics() {
    assertEquals("الكرملين", Clitics.strip("بالكرملين", lexicon));
    assertEquals("الكرملين", Clitics.strip("للكرملين", lexicon));
    assertEquals("نيودلهي", Clitics.strip("ونيودلهي", lexicon));
    assertEquals("بنغالور", Clitics.strip("بنغالور", lexicon), "an unknown ب may be the name's own");
    assertEquals("وهان", Clitics.strip("وهان", lexicon), "too short to tell");
    assertEquals("فولوديمير", Clitics.strip("فولوديمير", lexicon), "ف starts foreign names");
    assertEquals("وارسو", Clitics.strip("وارسو", lexicon), "و before a vowel letter is the name's");
    assertEquals("ويليام", Clitics.strip("ويليام", lexicon));
  }

  @Test
  void hamzaFormsAreMatchedFolded() {
    NameLexicon l = new NameLexicon(List.of("أنقرة"));
    assertEquals("انقره", NAMES.fold("أنقرة"));
    assertEquals("أنقرة", Clitics.strip("وأنقرة", l));
  }

  @Test
  void readingsListEveryCliticFreeForm() {
    assertEquals(List.of("العراق", "لعراق"), Clitics.readings("للعراق"));
    assertEquals(List.of("موسكو"), Clitics.readings("وموسكو"));
  }
}
