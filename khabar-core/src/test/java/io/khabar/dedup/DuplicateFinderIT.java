package io.khabar.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ingest.Importer;
import io.khabar.model.Article;
import io.khabar.store.ArticleStorage;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.story.StoryFixtures;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy test against articles already in a real Lucene store (a fresh finder: nothing in its memory). A stored
 * article with the same fingerprint is a copy without being read; one that is only near is read and measured.
 * Both halves count the store's reads: a finder that reads exact copies, or that takes near ones as exact, fails.
 */
class DuplicateFinderIT {
  @TempDir Path dir;

  @Test
  void exactCopiesInTheStoreAreNotReadNearOnesAre() throws Exception {
    List<Article> fixtures = StoryFixtures.articles();
    Article e1 = StoryFixtures.byId(fixtures, "e1");
    Article q1 = StoryFixtures.byId(fixtures, "q1");
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store))
          .run(List.of(StoryFixtures.writeJsonl(dir.resolve("first.jsonl"), List.of(e1, q1))));
      List<String> reads = new ArrayList<>();
      ArticleStorage counting = (ArticleStorage) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {ArticleStorage.class}, (proxy, method, args) -> {
            if (method.getName().equals("get")) {
              reads.add((String) args[0]);
            }
            return method.invoke(store, args);
          });
      DuplicateFinder finder = new DuplicateFinder(counting, store, NearDuplicates.defaults());

      DuplicateFinder.Verdict exact = finder.test(io.khabar.testing.Articles.article("e1-again").source("cnn")
          .at("2024-03-12T09:00").title("نسخة").text(e1.text()).build());
      assertTrue(exact.isCopy());
      assertEquals("e1", exact.dupGroup());
      assertEquals(List.of(), reads, "an exact copy is known by its fingerprint, not read");

      String text = q1.text();
      DuplicateFinder.Verdict near = finder.test(io.khabar.testing.Articles.article("q1-edited").source("cnn")
          .at("2024-03-10T12:00").title(q1.title()).text(text.substring(0, text.lastIndexOf(' ')) + " اليوم.").build());
      assertEquals("q1", near.dupGroup());
      assertEquals(List.of("q1"), reads, "a near copy is read and measured");

      DuplicateFinder.Verdict other = finder.test(io.khabar.testing.Articles.article("x").source("cnn")
          .at("2024-03-10T12:00").title("خبر").text("خبر لا علاقة له بأي شيء آخر في هذا المخزن على الإطلاق.").build());
      assertFalse(other.isCopy());
    }
  }

  /**
   * What {@link DuplicateFinder#prepare} computes ahead gives the verdict the finder computes itself; a prepared
   * text that is not the one tested (the same id, changed since) is not used.
   */
  @Test
  void preparedAheadGivesTheSameVerdictAndAChangedTextIsNotTakenFromIt() throws Exception {
    List<Article> fixtures = StoryFixtures.articles();
    Article q1 = StoryFixtures.byId(fixtures, "q1");
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store))
          .run(List.of(StoryFixtures.writeJsonl(dir.resolve("first.jsonl"), List.of(q1))));
      String text = q1.text();
      Article edited = io.khabar.testing.Articles.article("q1-edited").source("cnn").at("2024-03-10T12:00")
          .title(q1.title()).text(text.substring(0, text.lastIndexOf(' ')) + " اليوم.").build();

      DuplicateFinder.Verdict computed = new DuplicateFinder(store, NearDuplicates.defaults()).test(edited);
      DuplicateFinder ahead = new DuplicateFinder(store, NearDuplicates.defaults());
      ahead.prepare(edited);
      DuplicateFinder.Verdict prepared = ahead.test(edited);
      assertEquals("q1", prepared.dupGroup());
      assertEquals(computed.keys(), prepared.keys());
      assertEquals(computed.signature(), prepared.signature());

      Article unrelated = io.khabar.testing.Articles.article("q1-edited").source("cnn").at("2024-03-10T12:00")
          .title("خبر").text("خبر لا علاقة له بأي شيء آخر في هذا المخزن على الإطلاق.").build();
      ahead.prepare(edited);
      DuplicateFinder.Verdict changed = ahead.test(unrelated);
      assertFalse(changed.isCopy(), "the text tested decides, not the one prepared under the same id");
      assertEquals(new DuplicateFinder(store, NearDuplicates.defaults()).test(unrelated).keys(), changed.keys());
    }
  }
}
