package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterIT {
  @TempDir Path dir;

  private Path jsonl() throws IOException {
    return Files.writeString(dir.resolve("news.jsonl"), String.join("\n",
        "{\"id\":\"n1\",\"source\":\"bbc\",\"title\":\"روسيا والصين\",\"text\":\"أعلن الرئيس الصيني أن العلاقات مع روسيا خيار إستراتيجي\",\"published\":\"2024-01-10\"}",
        "{\"id\":\"n2\",\"source\":\"bbc\",\"text\":\"\"}",
        "{\"id\":\"n3\",\"source\":\"rt\",\"title\":\"طائرات مسيرة\",\"text\":\"أعلنت وزارة الدفاع الروسية تدمير 36 طائرة مسيرة\",\"published\":\"2024-01-11\"}",
        "{\"id\":\"n4\",\"text\":",
        "{\"id\":\"n5\",\"source\":\"rt\",\"title\":\"زيلينسكي\",\"text\":\"زيلينسكي يطلب إذن واشنطن لقصف المطارات العسكرية\",\"published\":\"2024-01-12\"}",
        "{\"text\":\"نص بلا معرف\"}",
        ""));
  }

  @Test
  void secondImportOfTheSameFileChangesNothing() throws IOException {
    Path file = jsonl();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary first = new Importer(store).run(List.of(file));
      assertEquals(3, first.added());
      assertEquals(0, first.unchanged());
      assertEquals(3, store.size());

      ImportSummary second = new Importer(store).run(List.of(file));
      assertEquals(0, second.added());
      assertEquals(0, second.updated());
      assertEquals(3, second.unchanged());
      assertEquals(3, second.read());
      assertEquals(3, store.size());
    }
  }

  @Test
  void summaryCountsSkipsByKindWithOriginsAndReasons() throws IOException {
    List<String> reported = new ArrayList<>();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary s = new Importer(store, io.khabar.group.Grouper.NONE, 10_000, Importer.Progress.NONE, reported::add).run(List.of(jsonl()));
      assertEquals(3, s.skipped());
      assertEquals(Map.of("broken JSON", 1L, "empty text", 1L, "missing id", 1L), s.skipReasons());
      assertEquals(List.of("news.jsonl:2: empty text", "news.jsonl:6: missing id"),
          s.messages().stream().filter(m -> !m.contains("broken")).toList());
      assertTrue(s.messages().stream().anyMatch(m -> m.startsWith("news.jsonl:4: broken JSON")), s.messages()::toString);
      assertEquals(s.messages(), reported); // each skip is also reported as it happens
      assertTrue(s.toString().contains("imported 3"), s.toString());
    }
  }

  @Test
  void commitsComeByTimeAsWellAsByCount() throws IOException {
    // An interval already over when each article is stored: a commit after every one, though the count is far.
    List<String> acks = new ArrayList<>();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store, io.khabar.group.Grouper.NONE, 10_000, Importer.Progress.NONE, m -> {})
          .commitInterval(java.time.Duration.ofNanos(1)).dateOrderWindow(1)
          .onCommit((n, last) -> acks.add(n + " " + last)).run(List.of(jsonl()));
    }
    assertEquals(List.of("1 n1", "2 n3", "3 n5"), acks);
  }

  @Test
  void filesAreGroupedOldestFirstWithinEachRun() throws IOException {
    Path file = Files.writeString(dir.resolve("shuffled.jsonl"), String.join("\n",
        line("c", "2024-01-13"), line("a", "2024-01-11"), line("u", null), line("b", "2024-01-12"),
        line("e", "2024-01-15"), line("d", "2024-01-14"), ""));
    List<String> grouped = new ArrayList<>();
    List<String> acks = new ArrayList<>();
    io.khabar.group.Grouper recording = a -> {
      grouped.add(a.id());
      return io.khabar.model.Grouping.alone(a.id());
    };
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store, recording, 4, Importer.Progress.NONE, m -> {}).dateOrderWindow(10)
          .commitInterval(java.time.Duration.ofNanos(1)) // a commit after every article, most inside a run
          .onCommit((n, last) -> acks.add(n + " " + last)).run(List.of(file));
      assertEquals(6, store.size());
    }
    // Runs of min(window, commitEvery) = 4 as read, each oldest first, undated last.
    assertEquals(List.of("a", "b", "c", "u", "d", "e"), grouped);
    // Only whole runs are acknowledged: within one, what is stored is not a prefix of what was read.
    assertEquals(List.of("4 b", "6 d"), acks);
  }

  private static String line(String id, String date) {
    return "{\"id\":\"" + id + "\",\"source\":\"bbc\",\"title\":\"خبر " + id + "\",\"text\":\"نص الخبر " + id + "\""
        + (date == null ? "" : ",\"published\":\"" + date + "\"") + "}";
  }

  @Test
  void commitsAreAcknowledgedOnceEachCountingUnchangedArticles() throws IOException {
    List<String> acks = new ArrayList<>();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      for (int run = 0; run < 2; run++) { // the second run finds every article unchanged
        acks.clear();
        new Importer(store, io.khabar.group.Grouper.NONE, 2, Importer.Progress.NONE, m -> {})
            .onCommit((n, last) -> acks.add(n + " " + last)).run(List.of(jsonl()));
        assertEquals(List.of("2 n3", "3 n5"), acks);
      }
      acks.clear();
      new Importer(store, io.khabar.group.Grouper.NONE, 3, Importer.Progress.NONE, m -> {})
          .onCommit((n, last) -> acks.add(n + " " + last)).run(List.of(jsonl()));
      assertEquals(List.of("3 n5"), acks, "the final commit right after one is not acknowledged twice");
      acks.clear();
      Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"x\",\"text\":\"\"}\n");
      new Importer(store, io.khabar.group.Grouper.NONE, 2, Importer.Progress.NONE, m -> {})
          .onCommit((n, last) -> acks.add(n + " " + last)).run(List.of(bad));
      assertEquals(List.of(), acks, "nothing read, nothing acknowledged");
    }
  }

  @Test
  void missingPathIsReportedAndTheRestImported() throws IOException {
    Path missing = dir.resolve("no-such-file.jsonl");
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary s = new Importer(store).run(List.of(missing, jsonl()));
      assertEquals(3, s.added());
      assertEquals(List.of(missing + ": there is no such file or folder"), s.unreadable());
      assertFalse(s.allInputsRead());
      assertTrue(store.get("n5").isPresent());
    }
  }

  @Test
  void importIsDurableWhenRunReturns() throws IOException {
    Path index = dir.resolve("index");
    try (LuceneStore store = LuceneStore.open(index)) {
      new Importer(store, io.khabar.group.Grouper.NONE, 2, Importer.Progress.NONE, m -> {}).run(List.of(jsonl()));
    }
    try (LuceneStore reopened = LuceneStore.open(index)) {
      assertEquals(3, reopened.size());
      assertEquals("زيلينسكي يطلب إذن واشنطن لقصف المطارات العسكرية", reopened.get("n5").orElseThrow().text());
    }
  }

  @Test
  void changedArticleIsCountedAsUpdated() throws IOException {
    Path file = jsonl();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store).run(List.of(file));
      Files.writeString(file, Files.readString(file).replace("تدمير 36 طائرة", "تدمير 40 طائرة"));
      ImportSummary s = new Importer(store).run(List.of(file));
      assertEquals(1, s.updated());
      assertEquals(2, s.unchanged());
      assertEquals("أعلنت وزارة الدفاع الروسية تدمير 40 طائرة مسيرة", store.get("n3").orElseThrow().text());
    }
  }

  @Test
  void progressIsReportedForEachArticle() throws IOException {
    List<Long> counts = new ArrayList<>();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store, io.khabar.group.Grouper.NONE, 100, (n, origin) -> counts.add(n), m -> {}).run(List.of(jsonl()));
    }
    assertEquals(List.of(1L, 2L, 3L), counts);
  }

  @Test
  void folderIsReadInNameOrderSkippingNotesAndUnknownFiles() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("b.jsonl"), "{\"id\":\"b\",\"text\":\"نص ب\"}\n");
    Files.writeString(folder.resolve("a.jsonl"), "{\"id\":\"a\",\"text\":\"نص أ\"}\n");
    Files.writeString(folder.resolve("README.md"), "# notes");
    Files.writeString(folder.resolve("data.csv"), "id,text");
    List<String> order = new ArrayList<>();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary s = new Importer(store, io.khabar.group.Grouper.NONE, 100, (n, origin) -> order.add(origin), m -> {}).run(List.of(folder));
      assertEquals(List.of("a.jsonl:1", "b.jsonl:1"), order);
      assertEquals(1, s.skipped()); // data.csv: unknown format; README.md silently ignored
      assertTrue(s.messages().get(0).contains("data.csv"), s.messages()::toString);
    }
  }

  @Test
  void eachFileOfAFolderIsReadAndReportedOnItsOwn() throws IOException {
    // Issue 15: a corrupt a.tar.gz beside a valid b.jsonl imported nothing, naming the folder.
    Path folder = Files.createDirectories(dir.resolve("mixed"));
    Files.write(folder.resolve("a.tar.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7});
    Files.writeString(folder.resolve("b.jsonl"), "{\"id\":\"b\",\"text\":\"نص ب\"}\n");
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary s = new Importer(store).run(List.of(folder));
      assertTrue(store.get("b").isPresent());
      assertEquals(1, s.unreadable().size(), s.unreadable().toString());
      assertTrue(s.unreadable().get(0).startsWith(folder.resolve("a.tar.gz") + ": "), s.unreadable().toString());
      assertFalse(s.unreadable().get(0).contains("Exception"), s.unreadable().get(0));
    }
  }

  @Test
  void linksInAFolderAreFollowedToFilesAndNamedOtherwise() throws IOException {
    // Issue 15: a folder of symlinked files read nothing without a word.
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("x.jsonl"), "{\"id\":\"x\",\"text\":\"نص س\"}\n");
    Path links = Files.createDirectories(dir.resolve("links"));
    Files.createSymbolicLink(links.resolve("x.jsonl"), real.resolve("x.jsonl"));
    Files.createSymbolicLink(links.resolve("gone.jsonl"), real.resolve("nothing-here.jsonl"));
    Files.createSymbolicLink(links.resolve("sub"), real);
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      ImportSummary s = new Importer(store).run(List.of(links));
      assertTrue(store.get("x").isPresent(), "a link to a file is followed");
      assertEquals(1, s.added());
      String all = String.join("\n", s.unreadable()) + String.join("\n", s.messages());
      assertTrue(all.contains("gone.jsonl: a symbolic link to nothing"), all);
      assertTrue(all.contains("sub: a symbolic link to a folder, not followed"), all);
    }
  }
}
