package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Ingestion;
import io.khabar.ingest.JsonlReader;
import io.khabar.model.Article;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.testing.CollectingSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories depend only on the articles and their order, not on when the store committed: memory is dropped at each
 * commit and read back from the store, exactly as an import resumed from that commit does. So an import that
 * commits every few articles, one that commits once, and {@code restory} of the latter all end with the same
 * stories (the crash trials check the same after real kills, docs/durability.md).
 */
class StoryDeterminismIT {
  @TempDir Path dir;

  @Test
  void commitsAndRestoryDoNotChangeStories() throws IOException {
    List<Article> articles = articles();
    Map<String, String> once = imported(articles, Integer.MAX_VALUE, "once");
    Map<String, String> often = imported(articles, 5, "often");
    assertEquals(once, often, "commit every 5 vs once");
    assertTrue(new HashSet<>(once.values()).size() < once.size() - 5, "some stories group several articles: " + once);
    try (LuceneStore store = LuceneStore.open(dir.resolve("once"))) {
      Ingestion.into(store).withoutEnrichment().build().restory(n -> { });
      assertEquals(once, StoryFixtures.stories(store), "restory");
    }
  }

  private Map<String, String> imported(List<Article> articles, int commitEvery, String name) throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve(name))) {
      Ingestion.into(store).withoutEnrichment().commitEvery(commitEvery).build().importArticles(articles, name);
      return StoryFixtures.stories(store);
    }
  }

  /** The story fixtures, one June week of ANT and filler articles, oldest first. */
  private List<Article> articles() throws IOException {
    List<Article> all = new ArrayList<>(StoryFixtures.articles());
    all.addAll(StoryFixtures.fillers(40));
    Path week = dir.resolve("one-week.jsonl");
    try (InputStream in = StoryDeterminismIT.class.getResourceAsStream("one-week.jsonl")) {
      Files.copy(in, week, StandardCopyOption.REPLACE_EXISTING);
    }
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(week, sink);
    sink.accepted.forEach(a -> all.add(a.article()));
    all.removeIf(a -> a.published() == null);
    all.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
    return all;
  }
}
