package io.khabar.ingest;

import static io.khabar.story.StoryFixtures.dupGroup;
import static io.khabar.story.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.story.StoryAssigner;
import io.khabar.story.StoryFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicate groups and stories decided at import, by {@link StoryAssigner#standard} on a real Lucene store. */
class GroupingImportIT {
  @TempDir Path dir;

  private ImportSummary importInto(LuceneStore store, Path... files) throws IOException {
    return new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(files));
  }

  @Test
  void copiesGetTheOriginalsGroupAndStory() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary s = importInto(store, StoryFixtures.news());
      assertEquals(14, s.added());
      for (String copy : StoryFixtures.QUAKE_COPIES) {
        assertEquals("q1", dupGroup(store, copy), copy);
        assertEquals(story(store, "q1"), story(store, copy), copy);
      }
      assertEquals("q1", dupGroup(store, "q1"));
      assertNotNull(story(store, "q1"));
      // identical text published two days later, under another title: still a copy of e1
      assertEquals("e1", dupGroup(store, "e1-repost"));
      assertEquals(story(store, "e1"), story(store, "e1-repost"));
      // articles that merely cover the same event are not copies
      assertEquals("q2", dupGroup(store, "q2"));
      assertEquals("q3", dupGroup(store, "q3"));
      assertEquals("e2", dupGroup(store, "e2"));
    }
  }

  @Test
  void unrelatedArticlesDoNotShareAStory() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      importInto(store, StoryFixtures.news());
      Set<String> seen = new HashSet<>();
      for (String id : StoryFixtures.UNRELATED) {
        String story = story(store, id);
        assertNotNull(story, id);
        assertTrue(seen.add(story), id + " shares story " + story);
        assertNotEquals(story(store, "q1"), story, id);
        assertNotEquals(story(store, "e1"), story, id);
      }
      assertNotEquals(story(store, "q1"), story(store, "e1"));
    }
  }

  @Test
  void theSameEventTenDaysLaterIsAnotherStory() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      importInto(store, StoryFixtures.news());
      String late = story(store, "q-late");
      assertNotNull(late);
      for (String id : StoryFixtures.QUAKE) {
        assertNotEquals(story(store, id), late, id);
      }
      assertEquals("q-late", dupGroup(store, "q-late"));
    }
  }

  @Test
  void anUndatedArticleMatchingNothingGetsNoStory() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      assertDoesNotThrow(() -> importInto(store, StoryFixtures.news()));
      assertNull(story(store, "u-undated"));
      assertEquals("u-undated", dupGroup(store, "u-undated"));
      assertNull(store.headline("u-undated").orElseThrow().published());
    }
  }

  /**
   * Expected: q1, q2, q3 (one earthquake, three outlets, same morning, cosines 0.44–0.52 once indexed) share a
   * story. Actual: each is its own story (q1, q2, q3).
   */
  @Test
  void sameEventArticlesShareAStoryInASmallImport() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      importInto(store, StoryFixtures.news());
      assertEquals(story(store, "q1"), story(store, "q2"));
      assertEquals(story(store, "q1"), story(store, "q3"));
      assertEquals(story(store, "e1"), story(store, "e2"));
    }
  }

  /**
   * Expected: q2 and q3 (the puts right after the writer's view first refreshes) join q1's story. Actual: q2
   * starts story "q2".
   */
  @Test
  void sameEventArticlesShareAStoryAcrossTheRefreshBoundary() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      // lag − 3 fillers dated before the event (an import sorts by date), the event's five articles at puts
      // lag − 2 … lag + 2 (the view refreshes after put lag), then 60 fillers dated after it
      int lag = store.searchLag();
      List<Article> fixtures = StoryFixtures.articles();
      List<Article> before = StoryFixtures.fillers(lag - 3, "before", OffsetDateTime.parse("2024-01-01T00:00Z"), 1);
      List<Article> after = StoryFixtures.fillers(60, "after", OffsetDateTime.parse("2024-03-12T00:00Z"), 1);
      List<Article> fillers = new ArrayList<>(before);
      fillers.addAll(after);
      List<Article> order = new ArrayList<>(before);
      for (String id : List.of("q1", "q1-wire", "q1-near", "q2", "q3")) {
        order.add(StoryFixtures.byId(fixtures, id));
      }
      order.addAll(after);
      assertTrue(before.get(before.size() - 1).published().isBefore(order.get(lag - 3).published()));
      Path file = StoryFixtures.writeJsonl(dir.resolve("big.jsonl"), order);
      assertEquals(lag + 62, importInto(store, file).added());
      String quake = story(store, "q1");
      assertNotNull(quake);
      for (String id : List.of("q1-wire", "q1-near", "q2", "q3")) {
        assertEquals(quake, story(store, id), id);
      }
      assertEquals("q1", dupGroup(store, "q1-near"));
      for (Article f : fillers) {
        assertNotEquals(quake, story(store, f.id()), f.id());
      }
    }
  }

  /**
   * Expected: q3, coming back to the earthquake's day after an article dated months later, joins the story of q1
   * and q2. Why it can fail: the jump drops the stories in memory, and coming back reads them from the store,
   * whose searches do not show q1 and q2 yet (fewer puts than the store's lag, no commit); the grouper must add
   * its recent articles back.
   */
  @Test
  void anArticleBackFromADateJumpJoinsTheStoryTheStoreDoesNotShowYet() throws IOException {
    List<Article> fixtures = StoryFixtures.articles();
    List<Article> order = new ArrayList<>();
    for (String id : List.of("q1", "q2")) {
      order.add(StoryFixtures.byId(fixtures, id));
    }
    order.addAll(StoryFixtures.fillers(1, "later", OffsetDateTime.parse("2024-07-01T00:00Z"), 1));
    order.add(StoryFixtures.byId(fixtures, "q3"));
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      assertTrue(order.size() < store.searchLag());
      // handed over as they come (no sorting by date), as a crawl hands them
      io.khabar.Ingestion.into(store).withoutEnrichment().build().importArticles(order, "test");
      assertEquals(story(store, "q1"), story(store, "q2"));
      assertEquals(story(store, "q1"), story(store, "q3"));
      assertNotEquals(story(store, "q1"), story(store, "later-000"));
    }
  }

  /**
   * Copies met in a later import come from the store, not from memory: an exact copy (same fingerprint) is taken
   * without reading the stored text, a near copy is read and measured, and texts without words (their band keys
   * all alike) are never copies of each other.
   */
  @Test
  void aLaterImportFindsCopiesInTheStore() throws IOException {
    List<Article> fixtures = StoryFixtures.articles();
    Article e1 = StoryFixtures.byId(fixtures, "e1");
    Article q1 = StoryFixtures.byId(fixtures, "q1");
    Path first = StoryFixtures.writeJsonl(dir.resolve("first.jsonl"), List.of(e1, q1,
        io.khabar.testing.Articles.article("dash-1").source("bbc").at("2024-03-10T09:00").title("صورة اليوم")
            .text("— — —").build()));
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      assertEquals(3, importInto(store, first).added());
    }
    String q1Text = q1.text();
    int cut = q1Text.lastIndexOf(' ');
    Path later = StoryFixtures.writeJsonl(dir.resolve("later.jsonl"), List.of(
        io.khabar.testing.Articles.article("e1-again").source("cnn").at("2024-03-12T09:00").title("نسخة")
            .text(e1.text()).build(),
        io.khabar.testing.Articles.article("q1-edited").source("cnn").at("2024-03-10T12:00").title(q1.title())
            .text(q1Text.substring(0, cut) + " اليوم.").build(),
        io.khabar.testing.Articles.article("dash-2").source("cnn").at("2024-03-10T10:00").title("صورة أخرى")
            .text("… …").build()));
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      assertEquals(3, importInto(store, later).added());
      assertEquals("e1", dupGroup(store, "e1-again"));
      assertEquals(story(store, "e1"), story(store, "e1-again"));
      assertEquals("q1", dupGroup(store, "q1-edited"));
      assertEquals("dash-2", dupGroup(store, "dash-2"));
    }
  }

  @Test
  void aLaterImportJoinsAStoredEventByContent() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      importInto(store, StoryFixtures.news());
    }
    Article q4 = io.khabar.testing.Articles.article("q4").source("skynews").at("2024-03-11T06:00")
        .title("ارتفاع حصيلة ضحايا زلزال أضنة في تركيا")
        .text("ارتفعت حصيلة ضحايا الزلزال الذي ضرب ولاية أضنة جنوبي تركيا إلى 12 قتيلا و130 مصابا، بحسب إدارة الكوارث "
            + "والطوارئ التركية آفاد. وقال وزير الداخلية التركي إن فرق الإنقاذ انتشلت ناجين من تحت أنقاض المباني المنهارة، "
            + "وإن الهزات الارتدادية ما زالت تقلق السكان.")
        .build();
    Path followUp = StoryFixtures.writeJsonl(dir.resolve("followup.jsonl"), List.of(q4));
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      assertEquals(1, importInto(store, followUp).added());
      String s4 = story(store, "q4");
      Set<String> quake = new HashSet<>();
      for (String id : StoryFixtures.QUAKE) {
        quake.add(story(store, id));
      }
      assertTrue(quake.contains(s4), "q4 story " + s4 + ", quake stories " + quake);
      assertNotEquals(story(store, "q-late"), s4); // 9 days apart: beyond the 3-day window
      assertEquals("q4", dupGroup(store, "q4"));
    }
  }

  @Test
  void importIsDeterministic() throws IOException {
    List<Article> all = new ArrayList<>(StoryFixtures.fillers(110));
    all.addAll(StoryFixtures.articles());
    Path file = StoryFixtures.writeJsonl(dir.resolve("all.jsonl"), all);
    Map<String, String> first;
    Map<String, String> second;
    try (LuceneStore store = LuceneStore.open(dir.resolve("one"))) {
      importInto(store, file);
      first = StoryFixtures.groupings(store);
    }
    try (LuceneStore store = LuceneStore.open(dir.resolve("two"))) {
      importInto(store, file);
      second = StoryFixtures.groupings(store);
    }
    assertEquals(124, first.size());
    assertEquals(first, second);
  }

  @Test
  void importingAgainChangesNothing() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      importInto(store, StoryFixtures.news());
      Map<String, String> before = StoryFixtures.groupings(store);
      ImportSummary again = importInto(store, StoryFixtures.news());
      assertEquals(0, again.added());
      assertEquals(0, again.updated());
      assertEquals(14, again.unchanged());
      assertEquals(before, StoryFixtures.groupings(store));
    }
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) { // and after reopening
      Map<String, String> before = StoryFixtures.groupings(store);
      assertEquals(14, importInto(store, StoryFixtures.news()).unchanged());
      assertEquals(before, StoryFixtures.groupings(store));
    }
  }
}
