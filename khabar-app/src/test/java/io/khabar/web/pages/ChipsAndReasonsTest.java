package io.khabar.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.khabar.model.Article;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.relate.Related;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChipsAndReasonsTest {
  static final String TEXT = "التقت إيفانكا ترامب بوفد عراقي. وقالت إيفانكا إن اللقاء جيد بزعامة حسن في بغداد.\n"
      + "وزارت بغداد مرة أخرى.";
  static final Article A = new Article("a", "", "bbc", "إيفانكا ترامب في بغداد", TEXT, null, "", "").withEnrichment(List.of(
      new Entity("ivanka", EntityType.PERSON, "إيفانكا"),
      new Entity("ivanka trump", EntityType.PERSON, "إيفانكا ترامب"),
      new Entity("ال", EntityType.MISC, "ال"),
      new Entity("bzaama", EntityType.PERSON, "بزعامة حسن"),
      new Entity("baghdad", EntityType.LOCATION, "بغداد"),
      new Entity("baghdad", EntityType.LOCATION, "بغداد"),
      new Entity("iraq", EntityType.LOCATION, "عراقي")), "politics");

  @Test
  void chipsAreConfidentOnePerKeyNoParticles() {
    assertEquals(List.of("إيفانكا ترامب", "بغداد"), EntityChips.of(A).stream().map(Entity::name).toList(),
        "the full name hides the short one; 'ال' and 'بزعامة حسن' are junk; عراقي is written once, not in the title");
  }

  @Test
  void reasonsAreSharedNamesThenWordsAsWrittenNeverStems() {
    Reasons reasons = new Reasons(A, EntityChips.of(A));
    Related.Reason r = new Related.Reason(List.of("بغداد", "وفد", "اللقاء", "عراق"), List.of(), 1L,
        java.util.Set.of(new Entity("baghdad", EntityType.LOCATION, "بغداد").key()));
    assertEquals("أسماء مشتركة: بغداد · كلمات مشتركة: اللقاء", reasons.explain(r),
        "وفد and عراق are stems, not words of the article; بغداد is already a name");
    assertNull(reasons.explain(new Related.Reason(List.of("وفد"), List.of(), null)));
  }
}
