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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> EVENT = Set.of("alarabia-1001", "bbc-2001", "skynews-3001", "skynews-3005");

  @TempDir
  static Path dir;
  static TestSite site;
  static String story;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.withFixture(dir);
    story = json("/api/articles/alarabia-1001", 200).get("story").asText();
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  private static JsonNode json(String path, int expectedStatus) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertEquals(expectedStatus, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return JSON.readTree(r.body());
  }

  @Test
  void storiesListTheEventWithItsOutletsAndFirstReport() throws Exception {
    JsonNode stories = json("/api/stories?limit=100", 200).get("stories");
    assertTrue(stories.isArray());
    JsonNode s = null;
    for (JsonNode n : stories) {
      for (String field : List.of("id", "title", "articles", "outlets", "latest", "first")) {
        assertTrue(n.has(field), field + " in " + n);
      }
      assertFalse(n.has("items"), "the list is a summary");
      if (n.get("id").asText().equals(story)) {
        s = n;
      }
    }
    assertTrue(s != null, "the event is listed: " + stories);
    // the headline is the title that says most of what the others say (BBC's), the first report stays Al Arabiya's
    assertEquals("الحكومة تكشف تفاصيل خطة دعم المزارعين", s.get("title").asText());
    assertEquals("bbc-2001", s.get("headline").get("id").asText());
    assertEquals(4, s.get("articles").asInt());
    assertEquals(List.of("alarabia", "bbc", "skynews"), texts(s.get("outlets")));
    assertEquals("2018-07-17T08:00:00+04:00", s.get("latest").asText());
    JsonNode first = s.get("first");
    assertEquals("alarabia-1001", first.get("id").asText());
    assertEquals("alarabia", first.get("source").asText());
    assertEquals("وزير الزراعة يعلن خطة جديدة لدعم المزارعين", first.get("title").asText());
    assertEquals("2018-07-15T21:56:00+03:00", first.get("published").asText());
  }

  @Test
  void limitCutsTheList() throws Exception {
    assertTrue(json("/api/stories", 200).get("stories").size() > 2, "the fixture has several stories");
    assertEquals(2, json("/api/stories?limit=2", 200).get("stories").size());
    assertEquals(1, json("/api/stories?limit=1", 200).get("stories").size());
  }

  @ParameterizedTest
  @CsvSource({"abc", "0", "101", "-1", "2.5"})
  void badLimitIs400NamingIt(String limit) throws Exception {
    JsonNode e = json("/api/stories?limit=" + limit, 400);
    assertTrue(e.get("error").asText().contains("'limit'"), e.toString());
  }

  @Test
  void storyHasItsItemsEarliestFirstWithCopiesFolded() throws Exception {
    JsonNode s = json("/api/stories/" + enc(story), 200);
    assertEquals(story, s.get("id").asText());
    assertEquals("الحكومة تكشف تفاصيل خطة دعم المزارعين", s.get("title").asText());
    assertEquals("bbc-2001", s.get("headline").get("id").asText());
    assertEquals(4, s.get("articles").asInt());
    assertEquals(List.of("alarabia", "bbc", "skynews"), texts(s.get("outlets")));
    assertEquals("alarabia-1001", s.get("first").get("id").asText());

    JsonNode items = s.get("items");
    assertEquals(3, items.size(), items.toString());
    List<String> order = new ArrayList<>();
    Set<String> all = new HashSet<>();
    for (JsonNode item : items) {
      JsonNode a = item.get("article");
      for (String field : List.of("id", "title", "source", "published", "url")) {
        assertTrue(a.has(field), field + " in " + a);
      }
      order.add(a.get("id").asText());
      all.add(a.get("id").asText());
      item.get("copies").forEach(c -> all.add(c.get("id").asText()));
    }
    assertEquals(List.of("alarabia-1001", "bbc-2001", "skynews-3001"), order, "earliest first");
    assertEquals(EVENT, all, "every article once");

    JsonNode first = items.get(0);
    assertEquals("https://www.alarabiya.net/ar/2018/07/15/agri-plan", first.get("article").get("url").asText());
    assertEquals(List.of("alarabia"), texts(first.get("outlets")));
    assertEquals(0, first.get("copies").size());

    JsonNode bbc = items.get(1);
    assertEquals(List.of("bbc", "skynews"), texts(bbc.get("outlets")), "both outlets that carried the text");
    assertEquals(1, bbc.get("copies").size());
    JsonNode copy = bbc.get("copies").get(0);
    assertEquals("skynews-3005", copy.get("id").asText());
    assertEquals("skynews", copy.get("source").asText());
    assertEquals("2018-07-16T15:00:00+04:00", copy.get("published").asText());
  }

  @Test
  void unknownStoryIs404Json() throws Exception {
    assertTrue(json("/api/stories/no-such-story", 404).get("error").asText().contains("no-such-story"));
  }

  @Test
  void everyArticleCarriesItsStoryAndDuplicateGroup() throws Exception {
    for (String id : EVENT) {
      assertEquals(story, json("/api/articles/" + id, 200).get("story").asText(), id);
    }
    JsonNode original = json("/api/articles/bbc-2001", 200);
    JsonNode copy = json("/api/articles/skynews-3005", 200);
    assertTrue(copy.get("duplicateGroup").isTextual(), copy.toString());
    assertEquals(original.get("duplicateGroup"), copy.get("duplicateGroup"), "a copy shares its original's group");
    assertNotEquals(copy.get("duplicateGroup"), json("/api/articles/skynews-3001", 200).get("duplicateGroup"));
    assertNotEquals(story, json("/api/articles/bbc-2002", 200).get("story").asText(), "another event");

    JsonNode undated = json("/api/articles/alarabia-1005", 200);
    assertTrue(undated.has("story") && undated.get("story").isNull(), "no story, said as null: " + undated);
    assertTrue(undated.has("duplicateGroup"));
  }

  @Test
  void relatedNeverListsAnArticleOfTheSameStory() throws Exception {
    for (String id : EVENT) {
      JsonNode r = json("/api/articles/" + id + "/related?k=50", 200);
      List<JsonNode> entries = new ArrayList<>();
      r.get("similar").forEach(entries::add);
      if (!r.get("readAlso").isNull()) {
        entries.add(r.get("readAlso"));
      }
      assertFalse(entries.isEmpty(), id);
      for (JsonNode e : entries) {
        String other = e.get("id").asText();
        assertFalse(EVENT.contains(other), id + " lists " + other);
        assertNotEquals(story, json("/api/articles/" + enc(other), 200).get("story").asText(""), other);
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
