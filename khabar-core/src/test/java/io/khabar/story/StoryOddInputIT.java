package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.khabar.Ingestion;
import io.khabar.model.Article;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules for odd input (README, "Odd input"), on the story fixtures: an article dated far away, one with no
 * title, one in another language. Each is grouped by its stated rule and none starts a story that swallows others.
 */
class StoryOddInputIT {
  @TempDir Path dir;

  private static Article with(Article a, String id, String title, String text, OffsetDateTime published) {
    return new Article(id, a.url() + "/" + id, "other-" + id, title, text, published, "", "");
  }

  @Test
  void oddArticlesFollowTheirRulesAndSwallowNothing() throws IOException {
    List<Article> all = StoryFixtures.articles();
    Article q2 = StoryFixtures.byId(all, "q2");
    Article q3 = StoryFixtures.byId(all, "q3");
    List<Article> odd = new ArrayList<>(all);
    // far in the future, then the same event again at its real date: neither joins the other's story
    odd.add(0, with(q2, "q-2099", q2.title(), q2.text(), q2.published().plusYears(80)));
    // no title: the text decides
    odd.add(with(q3, "q-untitled", "", q3.text(), q3.published().plusHours(2)));
    // English: shares no word with the Arabic coverage
    odd.add(with(q3, "q-english", "Strong earthquake hits Adana in southern Turkey",
        "A strong earthquake struck the province of Adana on Sunday, damaging buildings; rescuers searched "
            + "the rubble as aftershocks followed.", q3.published().plusHours(3)));
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      Ingestion.into(store).withoutEnrichment().build().importArticles(odd, "odd");
      String quake = StoryFixtures.story(store, "q1");
      assertEquals(quake, StoryFixtures.story(store, "q-untitled"));
      assertEquals("q-2099", StoryFixtures.story(store, "q-2099"), "the far-dated article starts its own story");
      assertNotEquals("q-2099", quake, "and today's coverage does not join it");
      assertEquals("q-english", StoryFixtures.story(store, "q-english"));
      for (String id : StoryFixtures.UNRELATED) {
        assertNotEquals(quake, StoryFixtures.story(store, id), id);
        assertEquals(id, StoryFixtures.story(store, id), id + " stays alone");
      }
    }
  }
}
