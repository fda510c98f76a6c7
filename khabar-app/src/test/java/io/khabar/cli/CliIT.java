package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: real commands on a real store imported from the web fixture. */
class CliIT {
  @TempDir static Path dir;
  static Path data;
  static Path fixture;

  @BeforeAll
  static void importFixture() throws Exception {
    fixture = dir.resolve("articles.jsonl");
    try (InputStream in = CliIT.class.getResourceAsStream("/web/articles.jsonl")) {
      Files.copy(in, fixture);
    }
    data = dir.resolve("data");
    Result r = run("import", "--data", data.toString(), "--quiet", fixture.toString());
    assertEquals(0, r.code, r.err);
  }

  @Test
  void importingTheSameFileAgainAddsNothing() {
    Result r = run("import", "--data", data.toString(), "--quiet", fixture.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("imported 0, updated 0, unchanged 14"), r.out);
  }

  @Test
  void importReportsABrokenLineAndGoesOn() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"x1\",\"title\":\"عنوان\",\"text\":\"نص الخبر\"}\n{broken\n");
    Path other = dir.resolve("other-data");
    Result r = run("import", "--data", other.toString(), bad.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("bad.jsonl:2"), r.err);
    assertTrue(r.out.contains("imported 1") && r.out.contains("skipped 1"), r.out);
  }

  @Test
  void similarPrintsOneJsonLinePerId() throws Exception {
    Result r = run("similar", "--data", data.toString(), "--k", "3", "--json", "alarabia-1001", "bbc-2001");
    assertEquals(0, r.code, r.err);
    List<String> lines = r.out.lines().toList();
    assertEquals(2, lines.size(), r.out);
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    assertEquals("alarabia-1001", first.get("id").asText());
    assertTrue(first.has("readAlso"));
    JsonNode similar = first.get("similar");
    assertTrue(similar.size() > 0 && similar.size() <= 3, lines.get(0));
    for (JsonNode e : similar) {
      assertNotEquals("alarabia-1001", e.get("id").asText());
      for (String field : List.of("id", "title", "source", "published", "score")) {
        assertTrue(e.has(field), field + " missing in " + e);
      }
      double score = e.get("score").asDouble();
      assertTrue(score > 0 && score <= 1, e.toString());
    }
  }

  @Test
  void unknownIdIsAClearMessageAndExitCodeTwo() {
    Result r = run("similar", "--data", data.toString(), "--json", "no-such-id");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("unknown article id: no-such-id"), r.err);
  }

  @Test
  void scorePairsPrintsScoresInTheUnitInterval() throws Exception {
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(pairs, "alarabia-1001\tbbc-2001\nalarabia-1001\talarabia-1002\nalarabia-1001\talarabia-1001\n");
    Result r = run("score-pairs", "--data", data.toString(), pairs.toString());
    assertEquals(0, r.code, r.err);
    List<double[]> scores = r.out.lines().map(l -> l.split("\t")).map(f -> new double[] {Double.parseDouble(f[2])}).toList();
    assertEquals(3, scores.size(), r.out);
    scores.forEach(s -> assertTrue(s[0] >= 0 && s[0] <= 1, r.out));
    assertTrue(scores.get(0)[0] > scores.get(1)[0], "same event should score above another topic: " + r.out);
    assertEquals(1.0, scores.get(2)[0], 1e-3);
  }

  @Test
  void searchFindsAWordTypedWithoutHamzaAndFiltersBySource() throws Exception {
    Result all = run("search", "--data", data.toString(), "--json", "اسعار");
    assertEquals(0, all.code, all.err);
    JsonNode page = Json.MAPPER.readTree(all.out);
    assertTrue(page.get("total").asLong() >= 2, all.out);
    Result bbc = run("search", "--data", data.toString(), "--json", "--source", "bbc", "اسعار");
    JsonNode filtered = Json.MAPPER.readTree(bbc.out);
    assertTrue(filtered.get("total").asLong() >= 1, bbc.out);
    filtered.get("hits").forEach(h -> assertEquals("bbc", h.get("source").asText()));
    assertTrue(filtered.get("total").asLong() < page.get("total").asLong());
  }

  @Test
  void importEnrichesAndSearchFiltersByTopic() throws Exception {
    Result sport = run("search", "--data", data.toString(), "--json", "--topic", "sport");
    assertEquals(0, sport.code, sport.err);
    JsonNode page = Json.MAPPER.readTree(sport.out);
    List<String> ids = new java.util.ArrayList<>();
    page.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertTrue(ids.contains("alarabia-1003"), "its category رياضة names the topic: " + sport.out);
    assertFalse(ids.contains("bbc-2002"), "an economy article: " + sport.out);
    Result both = run("search", "--data", data.toString(), "--json", "--topic", "economy", "النفط");
    JsonNode oil = Json.MAPPER.readTree(both.out);
    assertTrue(oil.get("total").asLong() >= 2, both.out);
    Result bad = run("search", "--data", data.toString(), "--topic", "weather");
    assertEquals(2, bad.code, bad.out);
    assertTrue(bad.err.contains("--topic must be one of"), bad.err);
  }

  @Test
  void importWithoutEnrichmentStoresNoTopic() throws Exception {
    Path other = dir.resolve("plain-data");
    Result r = run("import", "--data", other.toString(), "--quiet", "--no-enrichment", fixture.toString());
    assertEquals(0, r.code, r.err);
    Result sport = run("search", "--data", other.toString(), "--json", "--topic", "sport");
    assertEquals(0, Json.MAPPER.readTree(sport.out).get("total").asLong(), sport.out);
  }

  @Test
  void storiesJsonGivesEveryArticleItsStoryAndFoldsTheCopy() throws Exception {
    Result r = run("stories", "--data", data.toString(), "--json");
    assertEquals(0, r.code, r.err);
    java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
    for (String line : r.out.lines().toList()) {
      JsonNode n = Json.MAPPER.readTree(line);
      byId.put(n.get("id").asText(), n);
    }
    assertEquals(14, byId.size(), r.out);
    // skynews-3005 carries bbc-2001's text: one is the other's duplicate, and they share a story.
    JsonNode copy = byId.get("skynews-3005");
    JsonNode original = byId.get("bbc-2001");
    boolean copyIsLater = "bbc-2001".equals(copy.get("duplicateOf").asText(null));
    boolean originalIsLater = "skynews-3005".equals(original.get("duplicateOf").asText(null));
    assertTrue(copyIsLater ^ originalIsLater, copy + " / " + original);
    assertEquals(copy.get("story").asText(), original.get("story").asText());
    long duplicates = byId.values().stream().filter(n -> !n.get("duplicateOf").isNull()).count();
    assertEquals(1, duplicates, r.out);
  }

  @Test
  void storyShowsTheFullCoverageAndRestoryKeepsIt() {
    Result story = run("story", "--data", data.toString(), "bbc-2001");
    assertEquals(0, story.code, story.err);
    assertTrue(story.out.contains("(first)"), story.out);
    assertTrue(story.out.contains("copy "), "the copy is folded under its text: " + story.out);
    Result restory = run("restory", "--data", data.toString());
    assertEquals(0, restory.code, restory.err);
    Result again = run("story", "--data", data.toString(), "bbc-2001");
    assertEquals(story.out.lines().count(), again.out.lines().count(), again.out);
    Result unknown = run("story", "--data", data.toString(), "no-such-story");
    assertEquals(2, unknown.code);
  }

  @Test
  void badDateIsAUsageError() {
    Result r = run("search", "--data", data.toString(), "--from", "yesterday", "نفط");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("--from"), r.err);
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : List.of("import", "similar", "score-pairs", "search", "stories", "story", "restory", "serve", "demo",
        "sources", "crawl", "fetch", "reextract", "solr", "check")) {
      Result r = run(cmd, "--help");
      assertEquals(0, r.code, cmd);
      assertTrue(r.out.contains("Usage: khabar " + cmd), cmd + ": " + r.out);
      assertFalse(r.out.isBlank());
    }
  }

  record Result(int code, String out, String err) {}

  /** Runs the CLI in this JVM with its output captured. */
  /**
   * Runs the CLI in this JVM. An import here runs at normal priority ({@code --no-idle --nice 0} unless a test
   * says otherwise): its priority applies to the whole process, and this process is the test JVM.
   */
  static synchronized Result run(String... args) {
    if (args.length > 0 && args[0].equals("import") && java.util.Arrays.stream(args).noneMatch(
        a -> a.equals("--nice") || a.equals("--idle") || a.equals("--no-idle") || a.equals("--help"))) {
      String[] normal = new String[args.length + 3];
      normal[0] = "import";
      normal[1] = "--no-idle";
      normal[2] = "--nice";
      normal[3] = "0";
      System.arraycopy(args, 1, normal, 4, args.length - 1);
      args = normal;
    }
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
