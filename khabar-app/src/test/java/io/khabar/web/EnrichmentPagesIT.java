package io.khabar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.enrich.Enricher;
import io.khabar.model.Entity;
import io.khabar.enrich.ner.EntityFinder;
import io.khabar.model.EntityType;
import io.khabar.enrich.topic.TopicClassifier;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities and topics on the site and the API, over the fixture imported with a small real entity
 * finder (a fixed list of names) and the shipped topic model. "وزير الزراعة" is named in
 * alarabia-1001, bbc-2001 and its copy skynews-3005 (one story); a hostile name comes from bbc-2003.
 */
class EnrichmentPagesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"/articles/([^\"]+)\"");
  static final String HOSTILE_KEY = "x\"<y>&z";

  /** Finds each listed name where it is written. */
  static final EntityFinder FINDER = (title, text) -> {
    Map<String, Entity> names = Map.of(
        "وزير الزراعة", new Entity("agri-minister", EntityType.PERSON, "وزير الزراعة"),
        "برنت", new Entity("brent", EntityType.MISC, "برنت"),
        "<script>", new Entity(HOSTILE_KEY, EntityType.ORGANIZATION, "<script>alert(2)</script>"));
    List<Entity> found = new ArrayList<>();
    names.forEach((written, e) -> {
      if ((title + " " + text).contains(written)) {
        found.add(e);
      }
    });
    found.sort((a, b) -> a.key().compareTo(b.key()));
    return found;
  };

  @TempDir
  static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.withFixture(dir, new Enricher(FINDER, TopicClassifier.load()));
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  @Test
  void articlePageLinksItsEntitiesAndTopic() {
    String page = site.get("/articles/bbc-2001").body();
    assertTrue(page.contains("<a class=\"entity\" href=\"/entities/agri-minister\" title=\"شخص\">وزير الزراعة</a>"), page);
    assertTrue(page.contains("<p class=\"category topic\"><a href=\"/topics/economy\">اقتصاد</a></p>"), page);
  }

  @Test
  void entityPageListsItsArticlesNewestFirstWithCountsAndStory() {
    HttpResponse<String> r = site.get("/entities/agri-minister");
    assertEquals(200, r.statusCode());
    String page = r.body();
    assertTrue(page.contains("<h1>وزير الزراعة</h1>"), page);
    assertTrue(page.contains("3 مقالات"), page);
    String articles = page.substring(page.indexOf("المقالات، الأحدث أولاً"));
    assertEquals(List.of("skynews-3005", "bbc-2001", "alarabia-1001"), articleIds(articles));
    assertTrue(page.contains("<time datetime=\"2018-07-16\">أسبوع 16 يوليو 2018</time>"), "week of Monday 16 July: " + page);
    assertTrue(page.contains("<meter min=\"0\" max=\"100\" value=\"100\"></meter> <span class=\"count\">2</span>"), page);
    assertTrue(page.contains("<time datetime=\"2018-07-15\">15 يوليو 2018</time>"), page);
    assertTrue(page.contains("وزير الزراعة يعلن خطة جديدة لدعم المزارعين</a>"), "the story, by its first title: " + page);
    assertTrue(page.contains("href=\"/search?entity=agri-minister&amp;sort=newest\""), page);
  }

  @Test
  void unknownEntityAndTopicAre404() {
    assertEquals(404, site.get("/entities/nobody").statusCode());
    assertEquals(404, site.get("/topics/health").statusCode());
    HttpResponse<String> api = site.get("/api/entities/nobody");
    assertEquals(404, api.statusCode());
    assertTrue(api.body().contains("\"error\""), api.body());
    assertEquals(404, site.get("/api/topics/health").statusCode());
  }

  @Test
  void topicPagesListTheirArticles() throws Exception {
    HttpResponse<String> r = site.get("/topics/sport");
    assertEquals(200, r.statusCode());
    assertTrue(articleIds(r.body()).contains("alarabia-1003"), r.body());
    assertFalse(articleIds(r.body()).contains("bbc-2002"), "an economy article");
    String topics = site.get("/topics").body();
    long economy = JSON.readTree(site.get("/api/topics/economy").body()).get("total").asLong();
    assertTrue(economy >= 6, "the six labelled اقتصاد, maybe more by the classifier: " + economy);
    assertTrue(topics.contains("<a href=\"/topics/economy\">اقتصاد</a> <span class=\"meta\">"
        + io.khabar.web.ArabicCounts.articles(economy) + "</span>"), topics);
    assertTrue(site.get("/").body().contains("<a href=\"/topics\">المواضيع</a>"), "in the header");
  }

  @Test
  void searchFiltersByEntityAndTopicOnThePageAndTheApi() throws Exception {
    String page = site.get("/search?entity=agri-minister&topic=economy&sort=newest").body();
    // bbc-2001 and skynews-3005 carry the same text: one result, the other outlet named beside it
    assertEquals(List.of("skynews-3005", "alarabia-1001"), articleIds(page.substring(page.indexOf("عدد النتائج"))));
    assertTrue(page.contains("<span class=\"also-in\">أيضاً في: بي بي سي عربي</span>"), page);
    assertTrue(page.contains("<option value=\"economy\" selected>اقتصاد</option>"), page);
    JsonNode api = JSON.readTree(site.get("/api/search?entity=brent").body());
    assertEquals(1, api.get("total").asInt(), api.toString());
    assertEquals("alarabia-1002", api.get("hits").get(0).get("id").asText());
    assertEquals(0, JSON.readTree(site.get("/api/search?entity=agri-minister&topic=sport").body()).get("total").asInt());
    HttpResponse<String> bad = site.get("/api/search?topic=weather");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("topic"), bad.body());
    assertEquals(400, site.get("/search?topic=weather").statusCode());
  }

  @Test
  void apiGivesEntitiesTopicAndTimelines() throws Exception {
    JsonNode a = JSON.readTree(site.get("/api/articles/alarabia-1002").body());
    assertEquals("economy", a.get("topic").asText());
    assertEquals("brent", a.get("entities").get(0).get("key").asText());
    assertEquals("MISC", a.get("entities").get(0).get("type").asText());
    assertEquals("برنت", a.get("entities").get(0).get("name").asText());

    JsonNode e = JSON.readTree(site.get("/api/entities/agri-minister?size=2").body());
    assertEquals("وزير الزراعة", e.get("entity").get("name").asText());
    assertEquals(3, e.get("total").asInt());
    assertEquals(2, e.get("articles").size());
    assertEquals("skynews-3005", e.get("articles").get(0).get("id").asText());
    assertEquals("2018-07-16", e.get("days").get(0).get("start").asText());
    assertEquals(2, e.get("days").get(0).get("articles").asInt());
    assertEquals("2018-07-09", e.get("weeks").get(1).get("start").asText());
    assertEquals(3, e.get("stories").get(0).get("articles").asInt());
    JsonNode page2 = JSON.readTree(site.get("/api/entities/agri-minister?size=2&page=2").body());
    assertEquals("alarabia-1001", page2.get("articles").get(0).get("id").asText());

    JsonNode t = JSON.readTree(site.get("/api/topics/economy").body());
    assertEquals("economy", t.get("topic").asText());
    assertEquals("اقتصاد", t.get("topicName").asText());
    assertTrue(t.get("total").asInt() >= 6, t.toString());
  }

  @Test
  void hostileNamesAndKeysAreEscapedEverywhere() {
    String article = site.get("/articles/bbc-2003").body();
    assertFalse(article.contains("<script>alert(2)"), article);
    assertTrue(article.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), article);
    String href = "/entities/" + io.khabar.web.pages.Links.encode(HOSTILE_KEY);
    assertTrue(article.contains("href=\"" + href + "\""), article);
    HttpResponse<String> page = site.get(href);
    assertEquals(200, page.statusCode(), page.body());
    assertFalse(page.body().contains("<script>alert(2)"), page.body());
    assertTrue(articleIds(page.body()).contains("bbc-2003"), page.body());
  }

  private static List<String> articleIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = ARTICLE_LINK.matcher(html);
    while (m.find()) {
      if (!ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }
}
