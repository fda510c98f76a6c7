package io.khabar.web;

import static io.khabar.web.TestSite.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.withFixture(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  private static JsonNode json(String path, int expectedStatus) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertEquals(expectedStatus, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return JSON.readTree(r.body());
  }

  @Test
  void articleHasEveryFieldAndAnIsoDate() throws Exception {
    JsonNode a = json("/api/articles/alarabia-1001", 200);
    assertEquals("alarabia-1001", a.get("id").asText());
    assertEquals("https://www.alarabiya.net/ar/2018/07/15/agri-plan", a.get("url").asText());
    assertEquals("alarabia", a.get("source").asText());
    assertEquals("وزير الزراعة يعلن خطة جديدة لدعم المزارعين", a.get("title").asText());
    assertTrue(a.get("text").asText().contains("\n"), "paragraphs kept");
    assertTrue(a.get("published").isTextual());
    assertEquals("2018-07-15T21:56:00+03:00", a.get("published").asText());
    assertEquals("اقتصاد", a.get("category").asText());
    assertTrue(a.has("author"));
  }

  @Test
  void articleWithoutDateHasNullPublished() throws Exception {
    assertTrue(json("/api/articles/alarabia-1005", 200).get("published").isNull());
  }

  @Test
  void scriptTitleIsReturnedAsWritten() throws Exception {
    assertEquals("<script>alert(1)</script> اختبار الأمن & الحماية الرقمية",
        json("/api/articles/bbc-2003", 200).get("title").asText());
  }

  @Test
  void relatedListsOtherArticlesWithReasons() throws Exception {
    JsonNode r = json("/api/articles/alarabia-1001/related", 200);
    assertEquals("alarabia-1001", r.get("id").asText());
    assertTrue(r.has("readAlso"));
    List<JsonNode> entries = new ArrayList<>();
    r.get("similar").forEach(entries::add);
    if (!r.get("readAlso").isNull()) {
      entries.add(r.get("readAlso"));
    }
    assertFalse(r.get("similar").isEmpty());
    for (JsonNode e : entries) {
      assertNotEquals("alarabia-1001", e.get("id").asText());
      for (String field : List.of("id", "title", "source", "published", "score", "reason")) {
        assertTrue(e.has(field), field);
      }
      assertTrue(e.get("score").isNumber());
      assertTrue(e.get("reason").get("sharedTerms").isArray());
      assertTrue(e.get("reason").get("sharedTitleTerms").isArray());
      assertTrue(e.get("reason").has("daysApart"));
    }
    for (JsonNode e : entries) {
      JsonNode article = json("/api/articles/" + enc(e.get("id").asText()), 200);
      assertEquals(article.get("published"), e.get("published"), "the article's own date and offset: " + e);
      assertEquals(article.get("title"), e.get("title"));
    }
  }

  @Test
  void kLimitsTheSimilarList() throws Exception {
    assertTrue(json("/api/articles/alarabia-1001/related?k=1", 200).get("similar").size() <= 1);
  }

  @ParameterizedTest
  @CsvSource({"abc", "0", "51", "-3", "99999999999"})
  void badKIs400NamingIt(String k) throws Exception {
    JsonNode e = json("/api/articles/alarabia-1001/related?k=" + k, 400);
    assertTrue(e.get("error").asText().contains("'k'"), e.toString());
  }

  @Test
  void unknownIdsAre404Json() throws Exception {
    assertTrue(json("/api/articles/nope", 404).get("error").asText().contains("nope"));
    assertTrue(json("/api/articles/nope/related", 404).has("error"));
    assertTrue(json("/api/nothing-here", 404).has("error"));
  }

  @Test
  void searchReturnsHitsWithSnippetSegments() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("اعلن") + "&size=5", 200);
    assertTrue(r.get("total").asLong() >= 1);
    assertEquals(1, r.get("page").asInt());
    assertEquals(5, r.get("size").asInt());
    JsonNode hit = find(r.get("hits"), "alarabia-1001");
    assertEquals("alarabia", hit.get("source").asText());
    assertEquals("2018-07-15T21:56:00+03:00", hit.get("published").asText());
    assertTrue(hit.get("score").isNumber());
    assertTrue(hit.get("titleSnippet").isArray());
    boolean marked = false;
    for (JsonNode seg : hit.get("snippet")) {
      assertTrue(seg.get("text").isTextual() && seg.get("hit").isBoolean());
      marked |= seg.get("hit").asBoolean() && seg.get("text").asText().equals("أعلن");
    }
    assertTrue(marked, hit.toString());
  }

  @Test
  void searchFiltersAndPages() throws Exception {
    JsonNode bbc = json("/api/search?q=" + enc("النفط") + "&source=bbc", 200);
    assertEquals(1, bbc.get("total").asInt());
    assertEquals("bbc-2002", bbc.get("hits").get(0).get("id").asText());
    JsonNode page2 = json("/api/search?from=2018-01-01&size=5&page=3&sort=newest", 200);
    assertEquals(13, page2.get("total").asInt());
    assertEquals(3, page2.get("hits").size());
  }

  @ParameterizedTest
  @CsvSource({"size=0, size", "size=101, size", "from=2018-02-30, from", "to=x, to", "page=0, page", "sort=up, sort"})
  void badSearchParametersAre400NamingThem(String query, String parameter) throws Exception {
    JsonNode e = json("/api/search?q=x&" + query, 400);
    assertTrue(e.get("error").asText().contains("'" + parameter + "'"), e.toString());
  }

  private static JsonNode find(Iterable<JsonNode> nodes, String id) {
    for (JsonNode n : nodes) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError(id + " not in " + nodes);
  }
}
