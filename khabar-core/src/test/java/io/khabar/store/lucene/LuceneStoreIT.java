package io.khabar.store.lucene;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.model.ArticleTerms;
import io.khabar.model.PutResult;
import io.khabar.testing.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreIT {
  @TempDir Path dir;

  static final Article CHINA = article("aj-1").source("aljazeera").title("الصين وروسيا")
      .text("أعلن الرئيس الصيني شي جين بينغ الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده")
      .at("2024-01-10T10:00").author("الجزيرة").category("سياسة").build();

  private Path index() {
    return dir.resolve("index");
  }

  @Test
  void putThenSameAgainThenChanged() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      assertEquals(PutResult.ADDED, store.put(CHINA));
      store.commit();
      assertEquals(PutResult.UNCHANGED, store.put(CHINA));
      Article changed = article("aj-1").source("aljazeera").title("الصين وروسيا").text("نص جديد عن الصين وروسيا")
          .at("2024-01-10T10:00").author("الجزيرة").category("سياسة").build();
      assertEquals(PutResult.UPDATED, store.put(changed));
      store.commit();
      assertEquals("نص جديد عن الصين وروسيا", store.get("aj-1").orElseThrow().text());
      assertEquals(1, store.size());
    }
  }

  @Test
  void sameArticleTwiceBeforeCommitIsUnchanged() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      assertEquals(PutResult.ADDED, store.put(CHINA));
      assertEquals(PutResult.UNCHANGED, store.put(CHINA));
      store.commit();
      assertEquals(1, store.size());
    }
  }

  @Test
  void anyChangedFieldIsAnUpdate() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      store.put(CHINA);
      store.commit();
      Article otherDate = new Article(CHINA.id(), CHINA.url(), CHINA.source(), CHINA.title(), CHINA.text(),
          CHINA.published().plusHours(1), CHINA.author(), CHINA.category());
      assertEquals(PutResult.UPDATED, store.put(otherDate));
      store.commit();
      assertEquals(CHINA.published().plusHours(1), store.get("aj-1").orElseThrow().published());
    }
  }

  @Test
  void getReturnsEveryFieldAsStored() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      store.put(CHINA);
      store.commit();
      assertEquals(CHINA, store.get("aj-1").orElseThrow());
      assertEquals(Optional.empty(), store.get("nope"));
    }
  }

  @Test
  void articleWithoutDateRoundTrips() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      Article undated = article("u").text("نص بلا تاريخ").build();
      store.put(undated);
      store.commit();
      assertEquals(undated, store.get("u").orElseThrow());
    }
  }

  @Test
  void committedPutsSurviveReopening() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      store.put(CHINA);
      store.commit();
    }
    try (LuceneStore store = LuceneStore.open(index())) {
      assertEquals(CHINA, store.get("aj-1").orElseThrow());
      assertEquals(1, store.size());
      assertEquals(PutResult.UNCHANGED, store.put(CHINA));
    }
  }

  @Test
  void uncommittedPutsAreLostOnClose() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      store.put(CHINA);
      // A writer's reads see its puts at a commit or every REFRESH_EVERY_PUTS puts, not at once.
      assertFalse(store.get("aj-1").isPresent());
    }
    try (LuceneStore store = LuceneStore.open(index())) {
      assertFalse(store.get("aj-1").isPresent()); // ...but only commit is durable
      assertEquals(0, store.size());
    }
  }

  @Test
  void uncommittedUpdateIsLostAndTheCommittedVersionStays() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      store.put(CHINA);
      store.commit();
      store.put(article("aj-1").text("نسخة لم تحفظ").build());
    }
    try (LuceneStore store = LuceneStore.open(index())) {
      assertEquals(CHINA.text(), store.get("aj-1").orElseThrow().text());
    }
  }

  @Test
  void readOnlyStoreSeesAnotherWritersCommits() throws Exception {
    try (LuceneStore writer = LuceneStore.open(index())) {
      writer.put(article("first").text("أول خبر").build());
      writer.commit();
      try (LuceneStore reader = LuceneStore.openReadOnly(index())) {
        assertTrue(reader.get("first").isPresent());
        assertFalse(reader.get("aj-1").isPresent());
        writer.put(CHINA);
        writer.commit();
        long deadline = System.nanoTime() + 2_000_000_000L; // documented: within a second
        Optional<Article> seen = reader.get("aj-1");
        while (seen.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(50);
          seen = reader.get("aj-1");
        }
        assertEquals(Optional.of(CHINA), seen);
        assertEquals(2, reader.size());
      }
    }
  }

  @Test
  void readOnlyStoreOpensWhileAFirstImportHasNotCommittedYet() throws Exception {
    try (LuceneStore writer = LuceneStore.open(index())) {
      writer.put(CHINA);
      try (LuceneStore reader = LuceneStore.openReadOnly(index())) {
        assertEquals(0, reader.size());
      }
    }
  }

  @Test
  void aFirstCommitCutShortByAKillLeavesRoomForANewStore() throws IOException {
    java.nio.file.Files.createDirectories(index());
    java.nio.file.Files.write(index().resolve("write.lock"), new byte[0]);
    java.nio.file.Files.write(index().resolve("pending_segments_1"), new byte[] {1, 2, 3});
    assertFalse(LuceneStore.exists(index()));
    try (LuceneStore store = LuceneStore.open(index())) {
      store.put(CHINA);
      store.commit();
      assertEquals(1, store.size());
    }
  }

  @Test
  void readOnlyStoreRefusesWrites() throws IOException {
    LuceneStore.open(index()).close(); // a reader never creates a store
    try (LuceneStore reader = LuceneStore.openReadOnly(index())) {
      assertEquals(0, reader.size());
      assertThrows(UnsupportedOperationException.class, () -> reader.put(CHINA));
      assertThrows(UnsupportedOperationException.class, reader::commit);
    }
  }

  @Test
  void secondWriterOnTheSameFolderIsRefused() throws IOException {
    try (LuceneStore first = LuceneStore.open(index())) {
      LuceneStore.StoreLockedException e = assertThrows(LuceneStore.StoreLockedException.class, () -> LuceneStore.open(index()));
      assertTrue(e.getMessage().contains(index().toString()), e.getMessage());
      first.put(CHINA); // the first writer is unharmed
      first.commit();
      assertEquals(1, first.size());
    }
    try (LuceneStore again = LuceneStore.open(index())) { // the lock goes with close
      assertEquals(1, again.size());
    }
  }

  private static Article at(String id, String source, String time) {
    return article(id).source(source).title("عنوان " + id).text("نص الخبر " + id).at(time).build();
  }

  private LuceneStore storeWithSeveralOutlets() throws IOException {
    LuceneStore store = LuceneStore.open(index());
    store.put(at("b1", "bbc", "2024-01-11T08:00"));
    store.put(at("a1", "aljazeera", "2024-01-12T08:00"));
    store.put(article("x").source("bbc").text("بلا تاريخ").build());
    store.put(at("b2", "bbc", "2024-01-13T08:00"));
    store.put(at("r1", "rt", "2024-01-10T08:00"));
    store.put(at("a2", "aljazeera", "2024-01-09T08:00"));
    store.put(at("b3", "bbc", "2024-01-12T09:00"));
    store.commit();
    return store;
  }

  @Test
  void latestIsNewestFirstWithUndatedLast() throws IOException {
    try (LuceneStore store = storeWithSeveralOutlets()) {
      assertEquals(List.of("b2", "b3", "a1", "b1", "r1", "a2", "x"), ids(store.latest(10, null)));
      assertEquals(List.of("b2", "b3", "a1"), ids(store.latest(3, null)));
    }
  }

  @Test
  void latestBySource() throws IOException {
    try (LuceneStore store = storeWithSeveralOutlets()) {
      assertEquals(List.of("b2", "b3", "b1", "x"), ids(store.latest(10, "bbc")));
      assertEquals(List.of("a1", "a2"), ids(store.latest(10, "aljazeera")));
      assertEquals(List.of(), ids(store.latest(10, "nobody")));
    }
  }

  @Test
  void latestOnAnEmptyStoreIsEmpty() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      assertEquals(List.of(), store.latest(5, null));
    }
  }

  @Test
  void countBySourceLargestFirst() throws IOException {
    try (LuceneStore store = storeWithSeveralOutlets()) {
      Map<String, Long> expected = new LinkedHashMap<>();
      expected.put("bbc", 4L);
      expected.put("aljazeera", 2L);
      expected.put("rt", 1L);
      assertEquals(List.copyOf(expected.entrySet()), List.copyOf(store.countBySource().entrySet()));
      assertEquals(7, store.size());
    }
  }

  @Test
  void countBySourceFollowsUpdates() throws IOException {
    try (LuceneStore store = storeWithSeveralOutlets()) {
      store.put(article("r1").source("bbc").text("انتقل").build()); // r1 moves from rt to bbc
      store.commit();
      assertEquals(Map.of("bbc", 5L, "aljazeera", 2L), store.countBySource());
    }
  }

  @Test
  void termsAreTheAnalyzedTermsWithFrequencies() throws IOException {
    try (LuceneStore store = LuceneStore.open(index())) {
      store.put(CHINA);
      store.put(article("copy").title("عنوان آخر").text("أعلن  الرئيس الصيني، شي جين بينغ: الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده!")
          .build());
      store.commit();
      List<ArticleTerms> terms = store.terms(List.of("copy", "missing", "aj-1"));
      assertEquals(List.of("copy", "aj-1"), terms.stream().map(ArticleTerms::id).toList());
      ArticleTerms china = terms.get(1);
      assertEquals(Map.of("صين", 1, "روسيا", 1), china.title());
      assertEquals(1, china.text().get("وثيق"));
      assertFalse(china.text().containsKey("علي"));
      assertEquals(CHINA.published().toInstant().toEpochMilli(), china.publishedMillis());
      assertFalse(terms.get(0).hasDate());
      assertEquals(china.textFingerprint(), terms.get(0).textFingerprint()); // same words, other punctuation
      String titleOnlyInCopy = Tokens.one(store.analyzer(), "عنوان");
      assertEquals(Map.of("صين", 2, titleOnlyInCopy, 1, "غير-موجود", 0),
          store.docFreqs(List.of("صين", titleOnlyInCopy, "غير-موجود")));
    }
  }

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }
}
