package io.khabar.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.testing.Articles;
import io.khabar.testing.FuzzStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Search parsing and query building on any input, over a real store: a page of at most the asked
 * size, or an IllegalArgumentException from SearchQuery's own checks (which the web turns into a 400).
 */
class SearchFuzzIT {
  private static final FuzzStats STATS = new FuzzStats("search", SearchFuzzIT.class);
  private static Path dir;
  private static LuceneStore store;

  @BeforeAll
  static void store() throws IOException {
    dir = Files.createTempDirectory("khabar-search-fuzz");
    store = LuceneStore.open(dir);
    String[][] rows = {
        {"a1", "bbc", "الانتخابات العراقية تبدأ غدا", "بدأت الانتخابات العراقية في بغداد وسط إقبال كبير"},
        {"a2", "cnn", "أسعار النفط ترتفع", "ارتفعت أسعار النفط في الأسواق العالمية اليوم"},
        {"a3", "bbc", "مباراة كرة القدم", "فاز الفريق في مباراة كرة القدم على ملعبه"},
    };
    for (String[] r : rows) {
      store.put(Articles.article(r[0]).source(r[1]).title(r[2]).text(r[3]).at("2018-05-0" + r[0].charAt(1) + "T10:00").build());
    }
    store.commit();
  }

  @FuzzTest(maxDuration = "60s")
  void search(FuzzedDataProvider data) throws IOException {
    STATS.count();
    String text = data.consumeString(SearchQuery.MAX_QUERY_CHARS + 20);
    String source = data.consumeBoolean() ? data.consumeString(20) : null;
    LocalDate from = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(-1000_000, 1000_000)) : null;
    LocalDate to = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(-1000_000, 1000_000)) : null;
    SearchQuery.Sort sort = data.consumeBoolean() ? SearchQuery.Sort.NEWEST : SearchQuery.Sort.RELEVANCE;
    int offset = data.consumeInt(-1, SearchQuery.MAX_OFFSET + 1);
    int limit = data.consumeInt(0, SearchQuery.MAX_LIMIT + 1);
    SearchQuery q;
    try {
      q = new SearchQuery(text, source, from, to, sort, offset, limit);
    } catch (IllegalArgumentException e) {
      return; // refused up front, with a message
    }
    SearchPage page = store.search(q);
    assertTrue(page.hits().size() <= limit);
    assertTrue(page.total() >= 0 && page.total() <= 3);
  }

  @AfterAll
  static void close() throws Exception {
    STATS.write();
    store.close();
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
