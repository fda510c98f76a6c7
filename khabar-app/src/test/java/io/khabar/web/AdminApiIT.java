package io.khabar.web;

import io.khabar.web.server.WebServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.khabar.Khabar;
import io.khabar.ingest.web.Source;
import io.khabar.relate.RelatedConfig;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.web.admin.AdminApi;
import io.khabar.web.admin.AdminToken;
import io.khabar.web.admin.CrawlAdmin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin endpoints on a real server: plain `serve` says 503; with a crawler, the token decides. */
class AdminApiIT {
  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  private int post(Javalin app, String path, String auth, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void plainServeAnswers503() throws Exception {
    try (Khabar khabar = new Khabar(LuceneStore.open(dir.resolve("index")), RelatedConfig.defaults())) {
      Javalin app = WebServer.start(khabar, "127.0.0.1", 0);
      try {
        assertEquals(503, post(app, "/api/admin/crawl", "Bearer x", ""));
        assertEquals(503, post(app, "/api/admin/sources", null, "{}"));
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void withACrawlerOnlyTheRightTokenActs() throws Exception {
    List<String> calls = new ArrayList<>();
    CrawlAdmin admin = new CrawlAdmin() {
      @Override
      public Source addSource(Source s) throws java.io.IOException {
        for (String feed : s.feeds()) {
          io.khabar.ingest.web.UrlRules.check(feed); // as Sources.add does
        }
        calls.add("add " + s.name());
        return s;
      }

      @Override
      public boolean startCrawl() {
        calls.add("crawl");
        return true;
      }
    };
    try (Khabar khabar = new Khabar(LuceneStore.open(dir.resolve("index")), RelatedConfig.defaults())) {
      Javalin app = WebServer.start(khabar, "127.0.0.1", 0, AdminApi.of(admin, AdminToken.of("s3cret")));
      try {
        assertEquals(401, post(app, "/api/admin/crawl", null, ""));
        assertEquals(401, post(app, "/api/admin/crawl", "Bearer s3cre", ""));
        assertEquals(401, post(app, "/api/admin/crawl", "Bearer s3cret2", ""));
        assertEquals(401, post(app, "/api/admin/crawl", "Basic s3cret", ""));
        assertTrue(calls.isEmpty(), calls.toString());
        assertEquals(202, post(app, "/api/admin/crawl", "Bearer s3cret", ""));
        assertEquals(400, post(app, "/api/admin/sources", "bearer s3cret", "not json"));
        assertEquals(201, post(app, "/api/admin/sources", "Bearer s3cret",
            "{\"name\":\"bbc\",\"feeds\":[\"https://feeds.bbci.co.uk/arabic/rss.xml\"]}"));
        assertEquals(400, post(app, "/api/admin/sources", "Bearer s3cret", "{\"name\":\"x\",\"feeds\":[\"file:///etc/passwd\"]}"));
        assertEquals(List.of("crawl", "add bbc"), calls);
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void generatedTokensAreLongAndDifferent() {
    AdminToken a = AdminToken.of("x");
    assertFalse(a.accepts("Bearer "), "an empty token never matches");
    assertFalse(a.accepts(null));
    if (System.getenv(AdminToken.ENV) == null) {
      AdminToken g1 = AdminToken.fromEnvironment();
      AdminToken g2 = AdminToken.fromEnvironment();
      assertTrue(g1.generated() && g1.value().length() >= 40, g1.value());
      assertFalse(g1.value().equals(g2.value()));
    }
  }
}
