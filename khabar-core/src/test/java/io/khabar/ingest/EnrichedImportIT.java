package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.enrich.Enricher;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.enrich.topic.TopicClassifier;
import io.khabar.group.Grouper;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.testing.WordListFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import enriches new and changed articles, from any source, and stores what it found. */
class EnrichedImportIT {
  @TempDir Path dir;

  private final AtomicInteger calls = new AtomicInteger();
  private final WordListFinder words = new WordListFinder()
      .name("صلاح", "salah", EntityType.PERSON).name("ليفربول", "liverpool", EntityType.ORGANIZATION);
  private final Enricher enricher = new Enricher((title, text) -> {
    calls.incrementAndGet();
    return words.find(title, text);
  }, TopicClassifier.load());

  private Path jsonl() throws IOException {
    return Files.writeString(dir.resolve("news.jsonl"), String.join("\n",
        "{\"id\":\"s1\",\"title\":\"صلاح يسجل لليفربول\",\"text\":\"سجل محمد صلاح هدفين لفريق ليفربول في مباراة الدوري الإنجليزي لكرة القدم\",\"published\":\"2018-05-01\"}",
        "{\"id\":\"e1\",\"title\":\"النفط يرتفع\",\"text\":\"ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات\",\"category\":\"economy\",\"published\":\"2018-05-02\"}",
        "{\"id\":\"x1\",\"title\":\"Hello\",\"text\":\"No Arabic here at all, only English words.\",\"published\":\"2018-05-03\"}"));
  }

  @Test
  void newArticlesAreStoredWithEntitiesAndTopic() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store, Grouper.NONE, enricher, 10_000, Importer.Progress.NONE, m -> {}).run(List.of(jsonl()));
      Article s1 = store.get("s1").orElseThrow();
      assertEquals(List.of(new Entity("salah", EntityType.PERSON, "صلاح"),
          new Entity("liverpool", EntityType.ORGANIZATION, "ليفربول")), s1.entities());
      assertEquals("sport", s1.topic(), "classified: JSONL without category");
      assertEquals("economy", store.get("e1").orElseThrow().topic(), "the source's category");
      assertTrue(store.get("x1").orElseThrow().entities().isEmpty());
      assertEquals(3, calls.get());
    }
  }

  @Test
  void unchangedArticlesAreNotEnrichedAgain() throws IOException {
    Path file = jsonl();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      Importer importer = new Importer(store, Grouper.NONE, enricher, 10_000, Importer.Progress.NONE, m -> {});
      importer.run(List.of(file));
      ImportSummary again = importer.run(List.of(file));
      assertEquals(3L, again.unchanged());
      assertEquals(3, calls.get());
      assertEquals("sport", store.get("s1").orElseThrow().topic());
    }
  }

  @Test
  void aGrouperThatFailsToPrepareCostsNoArticleItsEnrichment() throws IOException {
    // prepare runs on the enrichment workers; its failure must not pass for the enrichment's
    Grouper failsAhead = new Grouper() {
      @Override
      public io.khabar.model.Grouping group(Article a) {
        return io.khabar.model.Grouping.alone(a.id());
      }

      @Override
      public void prepare(Article a) {
        throw new IllegalStateException("prepare failed");
      }
    };
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary s = new Importer(store, failsAhead, enricher, 10_000, Importer.Progress.NONE, m -> {})
          .run(List.of(jsonl()));
      assertEquals(3L, s.added());
      assertEquals(List.of("salah", "liverpool"),
          store.get("s1").orElseThrow().entities().stream().map(Entity::key).toList());
    }
  }

  @Test
  void withoutEnrichmentNothingIsAdded() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store, Grouper.NONE, Enricher.NONE, 10_000, Importer.Progress.NONE, m -> {}).run(List.of(jsonl()));
      Article e1 = store.get("e1").orElseThrow();
      assertTrue(e1.entities().isEmpty());
      assertEquals("", e1.topic());
    }
  }

  @Test
  void enrichingAheadKeepsReadingOrderForPutsSkipsAndRepeatedIds() throws IOException {
    // More lines than EnrichAhead.LOOKAHEAD, a broken line in the middle, and one id twice with two texts:
    // the later text must win, enriched, exactly as if each line were handled before the next is read.
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3 * EnrichAhead.LOOKAHEAD; i++) {
      lines.append("{\"id\":\"a").append(i).append("\",\"title\":\"خبر ").append(i)
          .append("\",\"text\":\"نص الخبر رقم ").append(i).append("\",\"published\":\"2018-05-01\"}\n");
      if (i == EnrichAhead.LOOKAHEAD) {
        lines.append("{broken\n");
      }
    }
    lines.append("{\"id\":\"a1\",\"title\":\"صلاح مع ليفربول\",\"text\":\"صلاح يعود إلى ليفربول\",\"published\":\"2018-05-02\"}\n");
    Path file = Files.writeString(dir.resolve("many.jsonl"), lines);
    List<String> skipped = new java.util.ArrayList<>();
    List<Long> progress = new java.util.ArrayList<>();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary s = new Importer(store, Grouper.NONE, enricher, 7, (n, origin) -> progress.add(n), skipped::add)
          .run(List.of(file));
      assertEquals(3L * EnrichAhead.LOOKAHEAD, s.added());
      assertEquals(1L, s.updated());
      assertEquals(1, skipped.size());
      assertTrue(skipped.get(0).contains(":" + (EnrichAhead.LOOKAHEAD + 2) + ":"), skipped.get(0));
      assertEquals(java.util.stream.LongStream.rangeClosed(1, 3L * EnrichAhead.LOOKAHEAD + 1).boxed().toList(), progress);
      Article a1 = store.get("a1").orElseThrow();
      assertEquals("صلاح يعود إلى ليفربول", a1.text());
      assertEquals(List.of("salah", "liverpool"), a1.entities().stream().map(Entity::key).toList());
    }
  }
}
