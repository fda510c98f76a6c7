package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.testing.CollectingSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
  @TempDir Path dir;

  static final String GOOD_1 = "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"source\":\"aljazeera\","
      + "\"title\":\"الصين وروسيا\",\"text\":\"أعلن الرئيس الصيني أن العلاقات مع روسيا خيار إستراتيجي\","
      + "\"published\":\"2024-01-10T10:00:00+03:00\",\"author\":\"مراسل\",\"category\":\"سياسة\"}";
  static final String GOOD_8 = "{\"id\":\"a8\",\"text\":\"نص الخبر الثاني\",\"published\":\"2024-01-11\"}";

  /** Lines 1..9 of the mixed file: two good lines (1 and 8), a problem on each of lines 2-6, blank lines 7 and 9. */
  static byte[] mixedFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, GOOD_1 + "\n");
    write(out, "{\"id\":\"a2\",\"text\":\"نص مقطوع\n"); // broken JSON
    write(out, "{\"id\":\"a3\",\"text\":\"   \"}\n"); // empty text
    write(out, "{\"url\":\"https://example.org/a4\",\"text\":\"نص بلا معرف\"}\n"); // no id
    write(out, "{\"id\":\"a5\",\"text\":\"");
    out.write(new byte[] {(byte) 0xE3, (byte) 0xD5, (byte) 0xD1}); // "مصر" in Windows-1256
    write(out, "\"}\n");
    write(out, "{\"id\":\"a6\",\"text\":\"نص\",\"published\":\"15/01/2024\"}\n"); // bad date
    write(out, "   \n");
    write(out, GOOD_8 + "\r\n");
    write(out, "\n");
    return out.toByteArray();
  }

  private static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertMixedFileResult(CollectingSink sink, String name) {
    assertEquals(List.of("a1", "a8"), sink.acceptedIds());
    assertEquals(List.of(name + ":1", name + ":8"), sink.accepted.stream().map(CollectingSink.Accepted::origin).toList());
    assertEquals(List.of(name + ":2", name + ":3", name + ":4", name + ":5", name + ":6"), sink.skippedOrigins());
    assertTrue(sink.reasonAt(name + ":2").startsWith("broken JSON"), sink.reasonAt(name + ":2"));
    assertEquals("empty text", sink.reasonAt(name + ":3"));
    assertEquals("missing id", sink.reasonAt(name + ":4"));
    assertTrue(sink.reasonAt(name + ":5").contains("UTF-8"), sink.reasonAt(name + ":5"));
    assertTrue(sink.reasonAt(name + ":6").contains("15/01/2024"), sink.reasonAt(name + ":6"));
  }

  @Test
  void reportsEachBadLineByFileAndLine() throws IOException {
    Path f = Files.write(dir.resolve("mixed.jsonl"), mixedFile());
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(f, sink);
    assertMixedFileResult(sink, "mixed.jsonl");
  }

  @Test
  void readsGzippedFilesTheSameWay() throws IOException {
    Path f = dir.resolve("mixed.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(mixedFile());
    }
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(f, sink);
    assertMixedFileResult(sink, "mixed.jsonl.gz");
  }

  @Test
  void readsEveryField() throws Exception {
    Article a = JsonlReader.parse(GOOD_1);
    assertEquals("a1", a.id());
    assertEquals("https://example.org/a1", a.url());
    assertEquals("aljazeera", a.source());
    assertEquals("الصين وروسيا", a.title());
    assertEquals("أعلن الرئيس الصيني أن العلاقات مع روسيا خيار إستراتيجي", a.text());
    assertEquals(OffsetDateTime.of(2024, 1, 10, 10, 0, 0, 0, ZoneOffset.ofHours(3)), a.published());
    assertEquals("مراسل", a.author());
    assertEquals("سياسة", a.category());
  }

  @Test
  void acceptsTheIsoDateForms() throws Exception {
    assertEquals(OffsetDateTime.of(2024, 1, 11, 0, 0, 0, 0, ZoneOffset.UTC), JsonlReader.parse(GOOD_8).published());
    assertEquals(OffsetDateTime.of(2024, 1, 11, 8, 30, 0, 0, ZoneOffset.UTC),
        JsonlReader.parse("{\"id\":\"x\",\"text\":\"t\",\"published\":\"2024-01-11T08:30:00Z\"}").published());
    assertEquals(OffsetDateTime.of(2024, 1, 11, 8, 30, 0, 0, ZoneOffset.UTC),
        JsonlReader.parse("{\"id\":\"x\",\"text\":\"t\",\"published\":\"2024-01-11 08:30:00\"}").published());
    assertNull(JsonlReader.parse("{\"id\":\"x\",\"text\":\"t\"}").published());
  }

  @Test
  void numericIdIsReadAsText() throws Exception {
    assertEquals("12345", JsonlReader.parse("{\"id\":12345,\"text\":\"نص\"}").id());
  }

  @Test
  void rejectsWhatIsNotAnArticleObject() {
    assertThrows(BadRecordException.class, () -> JsonlReader.parse("[1,2,3]"));
    assertThrows(BadRecordException.class, () -> JsonlReader.parse("{\"id\":\"x\",\"text\":{\"ar\":\"نص\"}}"));
    assertThrows(BadRecordException.class, () -> JsonlReader.parse("{\"id\":null,\"text\":\"نص\"}"));
  }

  @Test
  void emptyFileGivesNothing() throws IOException {
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(Files.write(dir.resolve("empty.jsonl"), new byte[0]), sink);
    assertEquals(List.of(), sink.accepted);
    assertEquals(List.of(), sink.skipped);
  }

  @Test
  void lastLineWithoutNewlineIsRead() throws IOException {
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(Files.writeString(dir.resolve("nonl.jsonl"), GOOD_1 + "\n" + GOOD_8), sink);
    assertEquals(List.of("a1", "a8"), sink.acceptedIds());
    assertEquals("nonl.jsonl:2", sink.accepted.get(1).origin());
  }

  @Test
  void anEndlessLineInAGzipStopsTheFileWithAMessageInBoundedWork() throws Exception {
    // Issue 15: a 1 MB .jsonl.gz inflating to one 1 GiB line took minutes read a byte at a time. Lines are read
    // in blocks now, and an overlong line is skipped only up to MAX_SKIP_BYTES: here 80 MB of one line.
    Path file = dir.resolve("endless.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(out, GOOD_8 + "\n");
      byte[] a = new byte[1 << 20];
      java.util.Arrays.fill(a, (byte) 'a');
      for (int i = 0; i < 80; i++) {
        out.write(a);
      }
      write(out, "\n" + GOOD_1 + "\n");
    }
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(file, sink);
    List<String> unreadable = sink.unreadable;
    assertEquals(List.of("a8"), sink.acceptedIds());
    assertEquals(1, unreadable.size(), unreadable.toString());
    assertTrue(unreadable.get(0).startsWith("endless.jsonl.gz:2: the line is longer than"), unreadable.get(0));
  }

  @Test
  void aGzipInflatingPastItsBudgetIsGivenUp() throws Exception {
    java.io.InputStream lines = new java.io.ByteArrayInputStream((GOOD_8 + "\n" + GOOD_1 + "\n" + GOOD_8 + "\n")
        .getBytes(StandardCharsets.UTF_8));
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(lines, "bomb.jsonl.gz", sink, GOOD_8.getBytes(StandardCharsets.UTF_8).length + 1);
    List<String> unreadable = sink.unreadable;
    assertEquals(List.of("a8"), sink.acceptedIds());
    assertTrue(unreadable.get(0).contains("inflates to more than"), unreadable.toString());
  }

  @Test
  void theLineSplitterReadsLongAndShortLinesWhole() throws Exception {
    String big = "x".repeat(200_000);
    byte[] bytes = ("a\n" + big + "\n\nb").getBytes(StandardCharsets.UTF_8);
    JsonlReader.LineSplitter s = new JsonlReader.LineSplitter(new java.io.ByteArrayInputStream(bytes), 1 << 20);
    List<String> got = new java.util.ArrayList<>();
    while (s.next()) {
      got.add(new String(s.bytes(), 0, s.length(), StandardCharsets.UTF_8));
    }
    assertEquals(List.of("a", big, "", "b"), got);
  }
}
