package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.Ingestion;
import io.khabar.model.Article;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.testing.Articles;
import io.khabar.text.BackgroundFrequencies;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restory} weighs words as the import did, with what came before each article, not with the whole store:
 * two early articles share only two words that are rare when they arrive and common later. The import groups
 * them; a rebuild weighing with the whole store's counts did not (the two words weighed next to nothing), and so
 * ended with other stories than the import it rebuilt.
 */
class RestoryStatisticsIT {
  /** Letters that no light stemmer takes as a prefix or a suffix: the made-up words stay whole and distinct. */
  private static final String LETTERS = "ثجحخدذرزسشصضطظعغق";

  @TempDir Path dir;

  @Test
  void restoryEndsWithTheImportsStoriesWhenWordsBecomeCommonLater() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      // The import's reads see its puts in steps of the store's lag: the early articles fill the first step.
      int lag = store.searchLag();
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < lag + 20; i++) { // before: the statistics need a store to count in (no background here)
        articles.add(filler("early-" + i, "2024-03-01T00:00", i, i, ""));
      }
      articles.add(Articles.article("a1").source("cnn").at("2024-03-05T08:00").title("زمبريط قرقاسوط " + words(80_000, 1))
          .text("زمبريط قرقاسوط " + words(80_010, 5)).build());
      articles.add(Articles.article("a2").source("bbc").at("2024-03-05T10:00").title("قرقاسوط زمبريط " + words(80_040, 1))
          .text("قرقاسوط زمبريط " + words(80_050, 5)).build());
      for (int i = 0; i < 3 * lag; i++) { // after: the two words become common, far beyond the two articles' reach
        articles.add(filler("late-" + i, "2024-04-01T00:00", i, 20_000 + i, "زمبريط قرقاسوط "));
      }
      Ingestion ingestion = Ingestion.into(store).withoutEnrichment().storyBackground(BackgroundFrequencies.none()).build();
      ingestion.importArticles(articles, "test");
      Map<String, String> imported = StoryFixtures.stories(store);
      assertEquals(imported.get("a1"), imported.get("a2"), "the import groups the two: the words were rare then");
      ingestion.restory(n -> { });
      Map<String, String> rebuilt = StoryFixtures.stories(store);
      // the articles whose story differs, not two maps of thousands of entries, when it fails
      assertEquals(List.of(), imported.keySet().stream().filter(id -> !imported.get(id).equals(rebuilt.get(id)))
          .sorted().map(id -> id + ": " + imported.get(id) + " → " + rebuilt.get(id)).limit(20).toList(), "restory");
      assertEquals(imported.size(), rebuilt.size(), "restory");
    }
  }

  /** The filler dated {@code minute} minutes after {@code start}, its words drawn from {@code n}. */
  private static Article filler(String id, String start, int minute, int n, String shared) {
    String at = LocalDateTime.parse(start).plusMinutes(minute).toString();
    return Articles.article(id).source("cnn").at(at).title(shared + words(n * 7, 3)).text(shared + words(n * 7 + 3, 12))
        .build();
  }

  /** {@code count} made-up words, distinct for distinct {@code from}s at least {@code count} apart (below 17⁴). */
  private static String words(int from, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      int k = i;
      StringBuilder w = new StringBuilder();
      for (int d = 0; d < 4; d++) {
        w.append(LETTERS.charAt(k % LETTERS.length()));
        k /= LETTERS.length();
      }
      b.append(w).append(' ');
    }
    return b.toString().strip();
  }
}
