package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.testing.CollectingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaudiNewsNetReaderTest {
  @TempDir Path dir;

  static final String URL_1 = "http://www.alriyadh.com/1066530";
  static final String URL_3 = "http://www.okaz.com.sa/new/Issues/20150721/Con20150721785547.htm";

  /** A SaudiNewsNet day as shipped: a pretty-printed array, one field per line. Records start on lines 2, 10 and 18. */
  static final String DAY = "[\n"
      + "  {\n"                                                     // 2
      + "    \"source\": \"alriyadh\",\n"
      + "    \"url\": \"" + URL_1 + "\",\n"
      + "    \"date_extracted\": \"2015-07-21 02:51:32\",\n"
      + "    \"title\": \"أمير الرياض يستقبل السفير\",\n"
      + "    \"author\": \"الرياض\",\n"
      + "    \"content\": \"استقبل أمير منطقة الرياض السفير.\\n\\nوجرى خلال الاستقبال بحث العلاقات.\"\n"
      + "  },\n"
      + "  {\n"                                                     // 10
      + "    \"source\": \"alriyadh\",\n"
      + "    \"url\": \"http://www.alriyadh.com/1066531\",\n"
      + "    \"date_extracted\": \"2015-07-21 02:52:00\",\n"
      + "    \"title\": \"صورة بلا نص\",\n"
      + "    \"author\": \"\",\n"
      + "    \"content\": \"\"\n"
      + "  },\n"
      + "  {\n"                                                     // 18
      + "    \"source\": \"okaz\",\n"
      + "    \"url\": \"" + URL_3 + "\",\n"
      + "    \"date_extracted\": \"2015-07-21 03:10:05\",\n"
      + "    \"title\": \"ارتفاع أسعار النفط\",\n"
      + "    \"author\": \"عكاظ\",\n"
      + "    \"content\": \"ارتفعت أسعار النفط في الأسواق العالمية.\"\n"
      + "  }\n"
      + "]\n";

  static Path zip(Path file, Map<String, String> entries) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return file;
  }

  static String expectedId(String url) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
    return "snn-" + HexFormat.of().formatHex(digest).substring(0, 16);
  }

  private CollectingSink read(Path zip) throws IOException {
    CollectingSink sink = new CollectingSink();
    new SaudiNewsNetReader().read(zip, sink);
    return sink;
  }

  @Test
  void readsArticlesAndSkipsEmptyContent() throws Exception {
    CollectingSink sink = read(zip(dir.resolve("snn.zip"), Map.of("2015-07-21.json", DAY)));
    assertEquals(List.of(expectedId(URL_1), expectedId(URL_3)), sink.acceptedIds());
    assertEquals(List.of("snn.zip!2015-07-21.json:2", "snn.zip!2015-07-21.json:18"),
        sink.accepted.stream().map(CollectingSink.Accepted::origin).toList());
    assertEquals(List.of("snn.zip!2015-07-21.json:10"), sink.skippedOrigins());
    assertEquals("empty text", sink.skipped.get(0).reason());
  }

  @Test
  void mapsFieldsAndTakesDatesAsRiyadhTime() throws Exception {
    var a = read(zip(dir.resolve("snn.zip"), Map.of("2015-07-21.json", DAY))).accepted.get(0).article();
    assertEquals(URL_1, a.url());
    assertEquals("alriyadh", a.source());
    assertEquals("أمير الرياض يستقبل السفير", a.title());
    assertEquals("الرياض", a.author());
    assertEquals("استقبل أمير منطقة الرياض السفير.\nوجرى خلال الاستقبال بحث العلاقات.", a.text());
    assertEquals(OffsetDateTime.of(2015, 7, 21, 2, 51, 32, 0, ZoneOffset.ofHours(3)), a.published());
  }

  @Test
  void idIsDerivedFromTheUrlAndStableAcrossRuns() throws Exception {
    Path z = zip(dir.resolve("snn.zip"), Map.of("2015-07-21.json", DAY));
    List<String> first = read(z).acceptedIds();
    List<String> second = read(z).acceptedIds();
    assertEquals(first, second);
    assertEquals("snn-", first.get(0).substring(0, 4));
    assertEquals(20, first.get(0).length());
    assertEquals(expectedId(URL_1), SaudiNewsNetReader.idFor(URL_1));
    assertEquals(SaudiNewsNetReader.idFor(URL_1), SaudiNewsNetReader.idFor("  " + URL_1 + "\n"));
    assertTrue(!SaudiNewsNetReader.idFor(URL_1).equals(SaudiNewsNetReader.idFor(URL_3)));
  }

  @Test
  void brokenJsonKeepsTheRecordsBeforeItAndReportsTheLine() throws Exception {
    // a comma missing after the title of the third record (line 22): the parser trips on the next field, line 23
    String broken = DAY.replace("\"title\": \"ارتفاع أسعار النفط\",", "\"title\": \"ارتفاع أسعار النفط\"");
    CollectingSink sink = read(zip(dir.resolve("broken.zip"), Map.of("2015-07-21.json", broken)));
    assertEquals(List.of(expectedId(URL_1)), sink.acceptedIds());
    assertEquals(List.of("broken.zip!2015-07-21.json:10", "broken.zip!2015-07-21.json:23"), sink.skippedOrigins());
    assertTrue(sink.skipped.get(1).reason().startsWith("broken JSON"), sink.skipped.get(1).reason());
  }

  @Test
  void truncatedArrayKeepsTheRecordsBeforeTheCut() throws Exception {
    String cut = DAY.substring(0, DAY.indexOf("\"date_extracted\": \"2015-07-21 03:10:05\""));
    CollectingSink sink = read(zip(dir.resolve("cut.zip"), Map.of("2015-07-21.json", cut)));
    assertEquals(List.of(expectedId(URL_1)), sink.acceptedIds());
    assertEquals(2, sink.skipped.size(), sink.skipped::toString);
    assertTrue(sink.skipped.get(1).reason().startsWith("broken JSON"), sink.skipped.get(1).reason());
    assertTrue(sink.skipped.get(1).origin().startsWith("cut.zip!2015-07-21.json:"), sink.skipped.get(1).origin());
  }

  @Test
  void otherEntriesAreIgnoredAndNonArraysReported() throws Exception {
    Map<String, String> entries = new java.util.LinkedHashMap<>();
    entries.put("README.txt", "not json");
    entries.put("a.json", "{\"url\": \"x\"}");
    entries.put("b.json", DAY);
    CollectingSink sink = read(zip(dir.resolve("mixed.zip"), entries));
    assertEquals(2, sink.accepted.size());
    assertEquals("mixed.zip!a.json:1", sink.skippedOrigins().get(0));
  }

  @Test
  void aZipBombEntryNeverDropsItsSiblings() throws Exception {
    // Issue 15: the entries after a bomb were lost with it. Read through the central directory, each entry stands alone.
    Path file = dir.resolve("bomb.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      out.putNextEntry(new ZipEntry("a.json"));
      out.write(DAY.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("bomb.json"));
      byte[] zeros = new byte[1 << 16];
      out.write('[');
      for (int i = 0; i < 64; i++) { // 4 MB of blanks, far past the test's 1 MB entry limit
        java.util.Arrays.fill(zeros, (byte) ' ');
        out.write(zeros);
      }
      out.closeEntry();
      out.putNextEntry(new ZipEntry("c.json"));
      out.write(DAY.replace("alriyadh.com/", "alriyadh.com/c").replace("okaz.com.sa/", "okaz.com.sa/c")
          .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    CollectingSink sink = new CollectingSink();
    new SaudiNewsNetReader(1 << 20, 64L << 20).read(file, sink);
    assertEquals(4, sink.accepted.size(), "both valid entries read: " + sink.acceptedIds() + " " + sink.skipped);
    assertTrue(sink.reasonAt("bomb.zip!bomb.json").contains("zip bomb"), sink.skipped.toString());
  }

  @Test
  void aDamagedEntryIsSkippedAndTheOthersRead() throws Exception {
    Path file = zip(dir.resolve("damaged.zip"), new java.util.LinkedHashMap<>(Map.of("a.json", DAY)));
    CollectingSink sink = new CollectingSink();
    new SaudiNewsNetReader().read(file, sink);
    assertEquals(2, sink.accepted.size());
  }
}
