package io.khabar.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus (src/test/resources/hostile, see its README for the table): each case is imported
 * by the real importer into a real store, alongside good records, and must be refused or cleaned
 * with a message naming the file and line, while the good records still arrive.
 */
class HostileInputIT {
  @TempDir Path dir;
  private Path data;
  private final List<String> skipped = new ArrayList<>();

  @BeforeEach
  void dataFolder() {
    data = dir.resolve("data");
  }

  private Path resource(String name) throws IOException {
    Path out = dir.resolve("in").resolve(name);
    Files.createDirectories(out.getParent());
    try (InputStream in = HostileInputIT.class.getResourceAsStream("/hostile/" + name)) {
      Files.copy(in, out);
    }
    return out;
  }

  private ImportSummary importAll(Path... files) throws IOException {
    try (LuceneStore store = LuceneStore.open(data.resolve("index"))) {
      return new Importer(store, io.khabar.group.ArticleGrouper.standard(store), 10_000, Importer.Progress.NONE, skipped::add)
          .run(List.of(files));
    }
  }

  private Set<String> storedIds() throws IOException {
    try (LuceneStore store = LuceneStore.openReadOnly(data.resolve("index"))) {
      return store.allHeadlines().stream().map(h -> h.id()).collect(Collectors.toSet());
    }
  }

  private Article stored(String id) throws IOException {
    try (LuceneStore store = LuceneStore.openReadOnly(data.resolve("index"))) {
      return store.get(id).orElseThrow();
    }
  }

  private void assertSkipped(String messageStart) {
    assertTrue(skipped.stream().anyMatch(m -> m.startsWith(messageStart)), "expected '" + messageStart + "…' in " + skipped);
  }

  @Test
  void invalidUtf8LineIsSkippedAloneWithItsLine() throws IOException {
    importAll(resource("invalid-utf8.jsonl"));
    assertEquals(List.of("invalid-utf8.jsonl:2: not valid UTF-8 (wrong encoding?)"), skipped);
    assertEquals(Set.of("h-1", "h-3"), storedIds());
  }

  @Test
  void truncatedUtf8SequenceIsSkippedAlone() throws IOException {
    importAll(resource("truncated-utf8.jsonl"));
    assertEquals(List.of("truncated-utf8.jsonl:2: not valid UTF-8 (wrong encoding?)"), skipped);
    assertEquals(Set.of("h-1", "h-3"), storedIds());
  }

  @Test
  void windows1256WithoutDeclarationIsRefusedNotMisread() throws IOException {
    Path doc = resource("windows-1256.txt");
    importAll(doc);
    assertEquals(List.of(doc + ": not valid UTF-8 (wrong encoding?)"), skipped);
    assertEquals(Set.of(), storedIds());
  }

  @Test
  void nulAndControlCharactersAreRemovedFromText() throws IOException {
    importAll(resource("nul-bytes.txt"), resource("nul-in-json.jsonl"));
    assertEquals(Set.of("AJ-politics-0-20180415", "h-2"), storedIds());
    assertEquals("نص فيه أصفار وأحرف تحكم", stored("AJ-politics-0-20180415").text());
    assertEquals("نص بصفر مهرب", stored("h-2").text());
    // A raw NUL inside a JSON string is not JSON.
    assertSkipped("nul-in-json.jsonl:1: broken JSON");
  }

  @Test
  void controlsSeparateWordsIdsWithControlsAreRefusedAndBidiOverridesGo() throws IOException {
    // Issue 15: removing controls glued words (عنوانمعصفر), a\u0000b and ab were one article, RLO stayed in titles.
    Path file = dir.resolve("controls.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a\\u0000b\",\"title\":\"عنوان\",\"text\":\"نص الخبر الأول\"}",
        "{\"id\":\"ab\",\"title\":\"عنوان\\u0000معصفر\",\"text\":\"نص\\u0007الخبر\\u001bالثاني\"}",
        "{\"id\":\"rlo\",\"title\":\"\\u202eعنوان مقلوب\\u202c\",\"text\":\"نص \\u2066معزول\\u2069 هنا\"}",
        "{\"id\":\"x\\u202e1\",\"title\":\"t\",\"text\":\"نص\"}") + "\n");
    importAll(file);
    assertEquals(Set.of("ab", "rlo"), storedIds());
    assertSkipped("controls.jsonl:1: id holds a control character (U+0000)");
    assertSkipped("controls.jsonl:4: id holds a bidi control character (U+202E)");
    assertEquals("عنوان معصفر", stored("ab").title());
    assertEquals("نص الخبر الثاني", stored("ab").text());
    assertEquals("عنوان مقلوب", stored("rlo").title());
    assertEquals("نص معزول هنا", stored("rlo").text());
  }

  @Test
  void jsonBombsAreRefusedLineByLine() throws IOException {
    importAll(resource("json-bomb.jsonl"));
    assertSkipped("json-bomb.jsonl:1: broken JSON"); // 5,000 levels deep
    assertSkipped("json-bomb.jsonl:2: broken JSON"); // a 2,000-digit number
    assertSkipped("json-bomb.jsonl:3: published is not an ISO-8601 date");
    assertSkipped("json-bomb.jsonl:4: published is not an ISO-8601 date");
    assertEquals(Set.of("h-9"), storedIds());
  }

  @Test
  void tenMegabyteOneLineTextIsRefusedAndHugeLinesAreNotRead() throws IOException {
    Path big = dir.resolve("big.jsonl");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] word = "كلمة ".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < (10 << 20) / word.length; i++) {
        out.write(word);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"long-id-".getBytes(StandardCharsets.UTF_8));
      out.write("x".repeat(40_000).getBytes(StandardCharsets.UTF_8)); // over Lucene's 32 KB term limit
      out.write("\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[20 << 20]); // NULs: a 20 MB line
      out.write("\"}\n{\"id\":\"ok\",\"text\":\"نص سليم\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    importAll(big);
    assertSkipped("big.jsonl:1: text longer than 1000000 characters");
    assertSkipped("big.jsonl:2: id longer than 512 characters");
    assertSkipped("big.jsonl:3: line longer than 16777216 bytes");
    assertEquals(Set.of("ok"), storedIds());
  }

  @Test
  void zipBombStopsAtTheInflationBudgetAndTheNextFileIsRead() throws IOException {
    Path bomb = dir.resolve("2015-07-21.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry("2015-07-21.json"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 600; i++) { // 600 MB of whitespace, ~2.5 MB zipped
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    Path good = resource("json-bomb.jsonl");
    ImportSummary s = importAll(bomb, good);
    assertSkipped("2015-07-21.zip!2015-07-21.json: the entry inflates to more than 536870912 bytes (a zip bomb?), skipped; "
        + "the zip's other entries are read");
    assertEquals(Set.of("h-9"), storedIds());
    assertTrue(s.skipped() >= 1);
  }

  @Test
  void tarballPathsAndLinksNeverLeaveTheDataFolder() throws IOException {
    Path tar = resource("traversal.tar.gz");
    Set<Path> before = tree(dir);
    Path cwd = Path.of("").toAbsolutePath();
    List<Path> targets = List.of(Path.of("/tmp/khabar-absolute.txt"), cwd.resolve("../../escape.txt").normalize(),
        cwd.resolve("../outside-dir").normalize(), dir.resolve("../../escape.txt").normalize(),
        dir.resolve("../outside-dir").normalize(), data.resolve("../../escape.txt").normalize());
    for (Path t : targets) {
      assertFalse(Files.exists(t), t + " exists before the test");
    }
    importAll(tar);
    // The entries are streamed: their names only ever name the article's origin in messages.
    assertEquals(Set.of("BB-ok-1-20180415", "BB-escape-2-20180415", "BB-absolute-3-20180415"), storedIds());
    Set<Path> created = tree(dir);
    created.removeAll(before);
    created.removeIf(p -> p.startsWith(data));
    assertEquals(Set.of(), created, "files written outside the data folder");
    for (Path t : targets) {
      assertFalse(Files.exists(t), t + " was written by the import");
    }
  }

  private static Set<Path> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.collect(Collectors.toSet());
    }
  }

  @Test
  void hostileSearchQueriesAreAnsweredOrRefusedUpFront() throws IOException {
    importAll(resource("json-bomb.jsonl"), resource("nul-bytes.txt"));
    try (LuceneStore store = LuceneStore.openReadOnly(data.resolve("index"))) {
      assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("أ".repeat(SearchQuery.MAX_QUERY_CHARS + 1)));
      List<String> queries = List.of(
          "(".repeat(240) + "نص" + ")".repeat(240),                       // deeply nested
          "+-|*~\"()\\".repeat(50),                                        // nothing but operators
          "ن* ".repeat(160),                                                // 160 prefix queries
          "نص~2 ".repeat(80),                                               // fuzzy
          "/.*/ /[a-z]+/ ?* .* \\\\ :* *:*",                                 // regex and wildcards: plain text here
          "\"نص فيه\"~1000 " + "\"".repeat(100),                           // phrases, unbalanced quotes
          "\u0000\uFFFF\uD800 نص");                                          // NUL, non-character, lone surrogate
      for (String q : queries) {
        SearchPage page = store.search(SearchQuery.of(q.length() > SearchQuery.MAX_QUERY_CHARS
            ? q.substring(0, SearchQuery.MAX_QUERY_CHARS) : q));
        assertTrue(page.hits().size() <= 10, q);
      }
    }
  }
}
