package io.khabar.store.lucene;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchQuery;
import io.khabar.model.Grouping;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities and topic are stored with each article, returned by get, and filter searches. */
class EnrichedStoreIT {
  @TempDir Path dir;

  private static final Entity PUTIN = new Entity("putin", EntityType.PERSON, "بوتين");
  private static final Entity MOSCOW = new Entity("moscow", EntityType.LOCATION, "موسكو");
  private static final Entity FIFA = new Entity("fifa", EntityType.ORGANIZATION, "الفيفا\tمع\tعلامات");

  static final Article A = article("a").title("بوتين في موسكو").text("استقبل الرئيس بوتين ضيوفه في موسكو اليوم")
      .at("2018-06-01T10:00").build().withEnrichment(List.of(PUTIN, MOSCOW), "politics");
  static final Article B = article("b").title("الفيفا تفتتح كأس العالم في موسكو").text("افتتحت الفيفا كأس العالم في موسكو")
      .at("2018-06-14T18:00").build().withEnrichment(List.of(FIFA, MOSCOW), "sport");
  static final Article C = article("c").title("بوتين يحضر المباراة").text("حضر بوتين مباراة الافتتاح")
      .at("2018-06-14T20:00").build().withEnrichment(List.of(PUTIN), "sport");
  static final Article D = article("d").title("مقال بلا إثراء").text("نص عادي بلا أسماء").at("2018-06-15T08:00").build();

  private LuceneStore filled() throws IOException {
    LuceneStore store = LuceneStore.open(dir.resolve("index"));
    for (Article a : List.of(A, B, C, D)) {
      store.put(a);
    }
    store.commit();
    return store;
  }

  @Test
  void getReturnsEntitiesInOrderAndTopic() throws IOException {
    try (LuceneStore store = filled()) {
      Article a = store.get("a").orElseThrow();
      assertEquals(List.of(PUTIN, MOSCOW), a.entities());
      assertEquals("politics", a.topic());
      assertEquals(List.of(FIFA, MOSCOW), store.get("b").orElseThrow().entities(), "a tab in a name survives");
      Article d = store.get("d").orElseThrow();
      assertTrue(d.entities().isEmpty());
      assertEquals("", d.topic());
    }
  }

  @Test
  void searchFiltersByEntityAndTopic() throws IOException {
    try (LuceneStore store = filled()) {
      assertEquals(List.of("c", "a"), ids(store, SearchQuery.of("").withEntity("putin")));
      assertEquals(List.of("c", "b"), ids(store, SearchQuery.of("").withTopic("sport")));
      assertEquals(List.of("c"), ids(store, SearchQuery.of("").withEntity("putin").withTopic("sport")));
      assertEquals(List.of("b"), ids(store, SearchQuery.of("كأس").withEntity("moscow")));
      assertEquals(List.of(), ids(store, SearchQuery.of("").withEntity("nobody")));
      assertEquals(List.of(), ids(store, SearchQuery.of("").withEntity("بوتين")), "the key filters, not the name");
    }
  }

  @Test
  void countsByDayFollowTheFilters() throws IOException {
    try (LuceneStore store = filled()) {
      assertEquals(new TreeMap<>(Map.of(LocalDate.of(2018, 6, 1), 1L, LocalDate.of(2018, 6, 14), 1L)),
          store.countByDay(SearchQuery.of("").withEntity("moscow").withPage(0, 1)));
      assertEquals(new TreeMap<>(Map.of(LocalDate.of(2018, 6, 14), 2L)),
          store.countByDay(SearchQuery.of("").withTopic("sport")));
    }
  }

  @Test
  void theDefaultCountByDayAgreesWithLucenes() throws IOException {
    try (LuceneStore store = filled()) {
      io.khabar.store.ArticleStore viaSearch = (io.khabar.store.ArticleStore) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {io.khabar.store.ArticleStore.class}, (proxy, m, args) ->
              m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, m, args) : m.invoke(store, args));
      for (SearchQuery q : List.of(SearchQuery.of(""), SearchQuery.of("").withEntity("moscow"), SearchQuery.of("بوتين"))) {
        assertEquals(store.countByDay(q), viaSearch.countByDay(q), q.toString());
      }
    }
  }

  @Test
  void restoryKeepsEnrichment() throws IOException {
    try (LuceneStore store = filled()) {
      store.replaceStories(Map.of("a", "s1", "c", "s1"));
      assertEquals(List.of(PUTIN, MOSCOW), store.get("a").orElseThrow().entities());
      assertEquals("sport", store.get("c").orElseThrow().topic());
      assertEquals(List.of("c", "a"), ids(store, SearchQuery.of("").withEntity("putin")));
    }
  }

  @Test
  void aGroupedPutStoresEnrichmentToo() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      store.put(A, new Grouping("g", "s", List.of()));
      store.commit();
      assertEquals("politics", store.get("a").orElseThrow().topic());
    }
  }

  private static List<String> ids(LuceneStore store, SearchQuery q) throws IOException {
    return store.search(q.withSort(SearchQuery.Sort.NEWEST)).hits().stream().map(SearchHit::id).toList();
  }
}
