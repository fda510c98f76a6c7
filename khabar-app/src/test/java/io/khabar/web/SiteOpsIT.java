package io.khabar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.javalin.router.ParsedEndpoint;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds (read back by Rome's parser), the OpenAPI description, health, metrics, robots, sitemap, 405, JSON errors. */
class SiteOpsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static TestSite site;
  static String story;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.withFixture(dir);
    story = JSON.readTree(site.get("/api/articles/alarabia-1001").body()).get("story").asText();
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  @Test
  void everyFeedIsValidRssAndAtom() throws Exception {
    List<String> feeds = List.of("/feed", "/stories/" + TestSite.enc(story) + "/feed", "/topics/economy/feed",
        "/outlets/bbc/feed", "/search/feed?q=" + TestSite.enc("المزارعين"));
    for (String feed : feeds) {
      for (String format : List.of("rss", "atom")) {
        String url = feed + (feed.contains("?") ? "&" : "?") + "format=" + format;
        HttpResponse<byte[]> r = bytes(url);
        assertEquals(200, r.statusCode(), url);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(
            format.equals("atom") ? "application/atom+xml" : "application/rss+xml"), url);
        SyndFeed parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(r.body())));
        assertEquals(format.equals("atom") ? "atom_1.0" : "rss_2.0", parsed.getFeedType(), url);
        if (!feed.startsWith("/topics")) {
          assertFalse(parsed.getEntries().isEmpty(), "entries in " + url);
        }
        parsed.getEntries().forEach(e -> assertTrue(e.getLink().startsWith("http://127.0.0.1:"), e.getLink()));
      }
    }
    assertEquals(404, site.get("/stories/nope/feed").statusCode());
    assertEquals(404, site.get("/outlets/nope/feed").statusCode());
    assertEquals(400, site.get("/search/feed").statusCode());
  }

  @Test
  void entityFeedIsValid() throws Exception {
    // the fixture is imported without entities here: an unknown entity's feed is a 404
    assertEquals(404, site.get("/entities/nobody/feed").statusCode());
  }

  @Test
  void everyRouteIsInTheOpenApiDescription() throws Exception {
    HttpResponse<String> r = site.get("/api/openapi.json");
    assertEquals(200, r.statusCode());
    JsonNode doc = JSON.readTree(r.body());
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    JsonNode paths = doc.get("paths");
    int routes = 0;
    for (ParsedEndpoint p : site.app().unsafe.internalRouter.allHttpHandlers()) {
      if (!p.endpoint.method.isHttpMethod()) {
        continue;
      }
      routes++;
      String path = p.endpoint.path;
      String method = p.endpoint.method.name().toLowerCase(Locale.ROOT);
      assertTrue(paths.has(path), "described: " + path);
      assertTrue(paths.get(path).has(method), "described: " + method + " " + path);
    }
    assertTrue(routes > 20, "routes found: " + routes);
  }

  @Test
  void healthSaysTheStoreAnswers() throws Exception {
    HttpResponse<String> r = site.get("/health");
    assertEquals(200, r.statusCode());
    JsonNode h = JSON.readTree(r.body());
    assertEquals("ok", h.get("status").asText());
    assertEquals(14, h.get("articles").asInt());
    assertTrue(h.has("lastImport") && h.has("lastCrawl"), r.body());
  }

  @Test
  void metricsAreInPrometheusFormat() {
    site.get("/articles/alarabia-1001");
    HttpResponse<String> r = site.get("/metrics");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(r.body().contains("http_server_requests_seconds_count{"), r.body());
    assertTrue(r.body().contains("route=\"/articles/{id}\""), "by route template, not by id");
    assertTrue(r.body().contains("khabar_store_articles 14.0"), r.body());
    assertTrue(r.body().contains("jvm_memory_used_bytes"));
  }

  @Test
  void robotsSitemapAndFavicon() {
    HttpResponse<String> robots = site.get("/robots.txt");
    assertEquals(200, robots.statusCode());
    assertTrue(robots.body().contains("Sitemap: http://127.0.0.1:" + site.port() + "/sitemap.xml"));
    HttpResponse<String> sitemap = site.get("/sitemap.xml");
    assertEquals(200, sitemap.statusCode());
    assertTrue(sitemap.body().contains("<loc>http://127.0.0.1:" + site.port() + "/articles/alarabia-1001</loc>"));
    HttpResponse<String> icon = site.get("/favicon.ico");
    assertEquals(200, icon.statusCode());
    assertTrue(icon.body().contains("<svg"));
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> page = site.raw("POST", "/articles/alarabia-1001", "x");
    assertEquals(405, page.statusCode());
    assertEquals("GET, HEAD", page.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> api = site.raw("DELETE", "/api/stories", null);
    assertEquals(405, api.statusCode());
    assertTrue(JSON.readTree(api.body()).has("error"), api.body());
    HttpResponse<String> admin = site.raw("GET", "/api/admin/crawl", null);
    assertEquals(405, admin.statusCode());
    assertEquals("POST", admin.headers().firstValue("Allow").orElse(""));
    assertEquals(404, site.raw("POST", "/no/such/page", "x").statusCode());
  }

  @Test
  void apiErrorsAreJsonEvenWhenJettyAnswers() throws Exception {
    HttpResponse<String> tooLong = site.get("/api/search?q=" + TestSite.enc("ترامب ".repeat(200)));
    assertEquals(400, tooLong.statusCode(), "a long Arabic query reaches the API, which names the limit");
    assertTrue(JSON.readTree(tooLong.body()).get("error").asText().contains("'q'"), tooLong.body());
    String longQuery = "ترامب ".repeat(3000);
    // Over a raw socket: the server answers these before reading the whole request (see RawExchange).
    RawExchange uri = RawExchange.send(site.port(), "GET", "/api/search?q=" + TestSite.enc(longQuery), "");
    assertEquals(414, uri.status(), uri.toString());
    assertTrue(uri.header("Content-Type").startsWith("application/json"), uri.toString());
    assertTrue(JSON.readTree(uri.body()).has("error"), uri.body());
    RawExchange headers = RawExchange.send(site.port(), "GET", "/api/stories", "", "X-Big", "a".repeat(40_000));
    assertEquals(431, headers.status(), headers.toString());
    assertTrue(JSON.readTree(headers.body()).has("error"), headers.body());
  }

  private static HttpResponse<byte[]> bytes(String path) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + site.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
