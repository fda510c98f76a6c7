package io.khabar.enrich;

import io.khabar.model.Entity;
import io.khabar.model.EntityType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.enrich.topic.TopicClassifier;
import io.khabar.testing.Articles;
import io.khabar.testing.WordListFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private static final TopicClassifier TOPICS = TopicClassifier.load();
  private final WordListFinder finder = new WordListFinder()
      .name("ميسي", "messi", EntityType.PERSON)
      .name("برشلونة", "barcelona", EntityType.ORGANIZATION)
      .name("إسبانيا", "spain", EntityType.LOCATION);
  private final Enricher enricher = new Enricher(finder, TOPICS);

  private static final String MATCH = "سجل ميسي هدفين لفريق برشلونة في مباراة الدوري في إسبانيا وفاز الفريق على منافسه";

  @Test
  void findsEntitiesAndClassifiesAnArticleWithoutCategory() {
    Article a = enricher.enrich(Articles.article("a").title("ميسي يقود برشلونة للفوز").text(MATCH).build());
    assertEquals(List.of("messi", "barcelona", "spain"), a.entities().stream().map(Entity::key).toList());
    assertEquals("sport", a.topic());
  }

  @Test
  void aSourceCategoryThatNamesATopicWins() {
    Article a = enricher.enrich(Articles.article("a").title("ميسي").text(MATCH).category("culture").build());
    assertEquals("culture", a.topic());
  }

  @Test
  void enrichmentIsNotPartOfTheContentHash() {
    Article plain = Articles.article("a").title("ميسي").text(MATCH).build();
    assertEquals(plain.contentHash(), enricher.enrich(plain).contentHash());
  }

  @Test
  void noneLeavesTheArticleAsItIs() {
    Article plain = Articles.article("a").title("ميسي").text(MATCH).category("sport").build();
    assertSame(plain, Enricher.NONE.enrich(plain));
  }

  @Test
  void aFailingFinderCostsOnlyTheEntities() {
    Enricher broken = new Enricher((title, text) -> { throw new IllegalStateException("bug"); }, TOPICS);
    Article a = broken.enrich(Articles.article("a").title("ميسي").text(MATCH).build());
    assertTrue(a.entities().isEmpty());
    assertEquals("sport", a.topic());
  }

  @Test
  void badInputNeverFails() {
    String huge = "كلمة عربية ".repeat(500_000) + "ميسي"; // 5.5 MB; the topic reads only its start
    List<Article> odd = List.of(
        Articles.article("long").title("عنوان").text(huge).build(),
        Articles.article("latin").title("Oil prices").text("Brent crude rose on Monday as stocks fell").build(),
        Articles.article("mixed").title("Apple تطلق iPhone").text("أعلنت Apple عن 中文 текст 😀 جهاز").build(),
        Articles.article("symbols").title("!!!").text("؟؟؟ ... ، ، 123").build());
    for (Article in : odd) {
      Article out = enricher.enrich(in);
      assertEquals(in.id(), out.id());
    }
    assertEquals(List.of("messi"), enricher.enrich(odd.get(0)).entities().stream().map(Entity::key).toList());
  }
}
