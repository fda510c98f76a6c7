package io.khabar.store.lucene;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.dedup.NearDuplicates;
import io.khabar.model.Grouping;
import io.khabar.model.Headline;
import io.khabar.model.PutResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's side of grouping: band keys, headlines with story and group, orders, replacing stories. */
class StoreGroupingIT {
  @TempDir Path dir;

  static final Article QUAKE = article("q1").source("aljazeera").at("2024-03-10T05:00")
      .title("زلزال بقوة 6.2 درجات يضرب ولاية أضنة جنوبي تركيا")
      .text("ضرب زلزال بقوة 6.2 درجات على مقياس ريختر ولاية أضنة جنوبي تركيا فجر اليوم الأحد، وشعر به سكان الولايات المجاورة.")
      .author("مراسل الجزيرة").category("world").build();
  static final Article RATES = article("e1").source("ahram").at("2024-03-06T09:00")
      .title("البنك المركزي المصري يرفع أسعار الفائدة")
      .text("قرر البنك المركزي المصري رفع أسعار الفائدة بواقع 600 نقطة أساس وتحرير سعر صرف الجنيه.").build();

  private static List<String> ids(List<Headline> hs) {
    return hs.stream().map(Headline::id).toList();
  }

  @Test
  void withBandKeysFindsAnArticleByOneOfItsKeys() throws IOException {
    NearDuplicates nd = NearDuplicates.defaults();
    List<String> keys = nd.signature(QUAKE.text()).bandKeys();
    assertEquals(20, keys.size());
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      store.put(QUAKE, new Grouping("q1", "q1", keys));
      store.put(RATES, new Grouping("e1", "e1", nd.signature(RATES.text()).bandKeys()));
      store.commit();
      assertEquals(List.of("q1"), store.withBandKeys(List.of(keys.get(7)), 10));
      assertEquals(List.of("q1"), store.withBandKeys(List.of("no-such-key", keys.get(19)), 10));
      assertEquals(List.of(), store.withBandKeys(List.of("no-such-key"), 10));
      assertEquals(List.of(), store.withBandKeys(List.of(), 10));
      assertEquals(1, store.withBandKeys(keys.subList(0, 5), 10).size()); // one article, however many keys match
    }
  }

  @Test
  void headlineCarriesStoryAndDupGroup() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      store.put(QUAKE, new Grouping("q0", "story-q", List.of()));
      store.put(RATES, new Grouping("e1", null, List.of()));
      store.commit();
      Headline h = store.headline("q1").orElseThrow();
      assertEquals(new Headline("q1", QUAKE.title(), "aljazeera", QUAKE.published(), QUAKE.url(), "story-q", "q0"), h);
      assertNull(store.headline("e1").orElseThrow().story());
      assertEquals("e1", store.headline("e1").orElseThrow().dupGroup());
      assertTrue(store.headline("nope").isEmpty());
    }
  }

  @Test
  void headlineOrders() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      // put in a scrambled order; b and a share a time, z and c have no date
      store.put(article("z").text("نص").build(), new Grouping("z", null, List.of()));
      store.put(article("b").at("2024-03-10T10:00").text("نص").build(), new Grouping("b", "s", List.of()));
      store.put(article("late").at("2024-03-12T10:00").text("نص").build(), new Grouping("late", "s", List.of()));
      store.put(article("a").at("2024-03-10T10:00").text("نص").build(), new Grouping("a", "s", List.of()));
      store.put(article("c").text("نص").build(), new Grouping("c", "s", List.of()));
      store.put(article("early").at("2024-03-01T10:00").text("نص").build(), new Grouping("early", "other", List.of()));
      store.commit();
      assertEquals(List.of("early", "a", "b", "late", "c", "z"), ids(store.allHeadlines()));
      assertEquals(List.of("a", "b", "late", "c"), ids(store.storyMembers("s", 10)));
      assertEquals(List.of("a", "b"), ids(store.storyMembers("s", 2)));
      assertEquals(List.of("early"), ids(store.storyMembers("other", 10)));
      assertEquals(List.of(), store.storyMembers("none", 10));
      List<String> latest = ids(store.latestHeadlines(10));
      assertEquals(6, latest.size()); // newest first, undated last
      assertEquals("late", latest.get(0));
      assertEquals("early", latest.get(3));
      assertEquals(java.util.Set.of("a", "b"), java.util.Set.copyOf(latest.subList(1, 3)));
      assertEquals(java.util.Set.of("c", "z"), java.util.Set.copyOf(latest.subList(4, 6)));
      assertEquals(List.of("late", latest.get(1)), ids(store.latestHeadlines(2)));
    }
  }

  /**
   * The store answers most key look-ups from a filter of the keys it holds (TermFilter): a key put after the
   * filter was built, one put before it and not yet seen by searches, and every key after a reopen are found.
   */
  @Test
  void keysPutBeforeOrAfterTheFilterIsBuiltAreFound() throws IOException {
    NearDuplicates nd = NearDuplicates.defaults();
    List<String> quake = nd.signature(QUAKE.text()).bandKeys();
    List<String> rates = nd.signature(RATES.text()).bandKeys();
    Path index = dir.resolve("index");
    try (LuceneStore store = LuceneStore.open(index)) {
      store.put(QUAKE, new Grouping("q1", "q1", quake)); // not committed, not yet seen by searches
      assertEquals(List.of(), store.withBandKeys(List.of("no-such-key"), 10)); // builds the filter
      store.commit();
      assertEquals(List.of("q1"), store.withBandKeys(List.of(quake.get(3)), 10));
      store.put(RATES, new Grouping("e1", "e1", rates)); // after the filter: put must add its keys
      store.commit();
      assertEquals(List.of("e1"), store.withBandKeys(List.of(rates.get(11)), 10));
    }
    try (LuceneStore store = LuceneStore.open(index)) {
      assertEquals(List.of("e1", "q1"), store.withBandKeys(List.of(rates.get(0), quake.get(19)), 10));
    }
  }

  /**
   * A put asks whether the store holds the id from a filter of its ids (TermFilter): an id put before the filter
   * was built, one put after it, and every id after a reopen are still known, so a re-import adds nothing.
   */
  @Test
  void idsPutBeforeOrAfterTheIdFilterIsBuiltAreKnown() throws IOException {
    Article quakeEdited = article("q1").source("aljazeera").at("2024-03-10T05:00").title(QUAKE.title())
        .text(QUAKE.text() + " ولم ترد أنباء عن إصابات.").build();
    Path index = dir.resolve("index");
    try (LuceneStore store = LuceneStore.open(index)) {
      assertEquals(PutResult.ADDED, store.put(QUAKE, new Grouping("q1", "q1", List.of()))); // builds the filter
      store.commit(); // the id is now known to searches, no longer as a pending put
      assertEquals(PutResult.UNCHANGED, store.put(QUAKE, new Grouping("q1", "q1", List.of())));
      assertEquals(PutResult.UPDATED, store.put(quakeEdited, new Grouping("q1", "q1", List.of())));
      assertEquals(PutResult.ADDED, store.put(RATES, new Grouping("e1", "e1", List.of())));
      store.commit();
      assertEquals(PutResult.UNCHANGED, store.put(RATES, new Grouping("e1", "e1", List.of())));
    }
    try (LuceneStore store = LuceneStore.open(index)) {
      assertEquals(PutResult.UNCHANGED, store.put(quakeEdited, new Grouping("q1", "q1", List.of())));
      assertEquals(PutResult.UPDATED, store.put(QUAKE, new Grouping("q1", "q1", List.of())));
      assertEquals(PutResult.UNCHANGED, store.put(RATES, new Grouping("e1", "e1", List.of())));
      store.commit();
      assertEquals(2, store.size());
    }
  }

  @Test
  void replaceStoriesChangesStoriesOnly() throws IOException {
    Path index = dir.resolve("index");
    List<String> keys = NearDuplicates.defaults().signature(QUAKE.text()).bandKeys();
    try (LuceneStore store = LuceneStore.open(index)) {
      store.put(QUAKE, new Grouping("q0", "old", keys));
      store.put(RATES, new Grouping("e1", "e1", List.of()));
      store.commit();
      Map<String, String> stories = new HashMap<>();
      stories.put("q1", "new");
      stories.put("e1", null); // no story any more
      stories.put("gone", "x"); // unknown ids are ignored
      store.replaceStories(stories);
      assertEquals("new", store.headline("q1").orElseThrow().story());
      assertNull(store.headline("e1").orElseThrow().story());
      assertEquals(List.of("q1"), ids(store.storyMembers("new", 10)));
      assertEquals(List.of(), store.storyMembers("old", 10));
      assertEquals(2, store.size());
    }
    try (LuceneStore store = LuceneStore.open(index)) { // durable, and nothing else changed
      assertEquals("new", store.headline("q1").orElseThrow().story());
      assertEquals("q0", store.headline("q1").orElseThrow().dupGroup());
      assertEquals(QUAKE, store.get("q1").orElseThrow());
      assertEquals(RATES, store.get("e1").orElseThrow());
      assertEquals(List.of("q1"), store.withBandKeys(keys, 5));
      assertTrue(store.isUnchanged(QUAKE));
      assertEquals(PutResult.UNCHANGED, store.put(QUAKE, new Grouping("q1", "q1", List.of())));
      assertEquals(PutResult.UNCHANGED, store.put(RATES));
      store.commit();
      assertEquals("new", store.headline("q1").orElseThrow().story()); // an unchanged put writes nothing
      assertFalse(store.terms(List.of("q1")).isEmpty());
      assertEquals("new", store.terms(List.of("q1")).get(0).story());
    }
  }
}
