package io.khabar.web;

import io.khabar.web.server.WebServer;
import io.khabar.web.server.SecurityHeaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site and API against a hostile visitor and hostile imported data, over a real server: markup in
 * every imported field and in queries is shown as text, never run; every response (errors and static
 * files included) carries the security headers; static files never leave their folder; oversized
 * requests are refused; no response shows a stack trace.
 */
class WebSecurityIT {
  private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    String evil = Json.MAPPER.writeValueAsString(java.util.Map.of(
        "id", "xss-1", "url", "javascript:alert(3)", "source", "evil" + XSS, "title", "عنوان " + XSS,
        "text", "نص الخبر " + XSS + "\nفقرة ثانية عن الخبر", "published", "2018-05-01T10:00:00+03:00",
        "author", XSS, "category", XSS));
    String plain = "{\"id\":\"ok-1\",\"source\":\"bbc\",\"title\":\"عنوان الخبر\",\"text\":\"نص الخبر عن الانتخابات\","
        + "\"published\":\"2018-05-01T11:00:00+03:00\"}";
    site = TestSite.withJsonl(dir, evil + "\n" + plain + "\n");
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  private static void assertNoMarkup(String where, String body) {
    assertFalse(body.contains("<script>alert"), where + " runs the imported script: " + body);
    assertFalse(body.contains("<img src=x"), where + " has the imported img tag");
    assertFalse(body.contains("javascript:alert"), where + " links to javascript:");
  }

  @Test
  void importedMarkupIsTextInEveryPage() {
    for (String path : List.of("/", "/articles/xss-1", "/stories", "/stories/xss-1", "/search?q=" + TestSite.enc("الخبر"),
        "/articles/ok-1")) {
      HttpResponse<String> r = site.get(path);
      assertEquals(200, r.statusCode(), path);
      assertNoMarkup(path, r.body());
    }
    String article = site.get("/articles/xss-1").body();
    assertTrue(article.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown, escaped");
  }

  @Test
  void queriesAndIdsEchoedBackAreEscaped() {
    for (String path : List.of("/search?q=" + TestSite.enc(XSS), "/search?q=x&from=" + TestSite.enc(XSS),
        "/articles/" + TestSite.enc(XSS), "/stories/" + TestSite.enc(XSS), "/search?q=x&sort=" + TestSite.enc(XSS),
        "/nope/" + TestSite.enc(XSS))) {
      HttpResponse<String> r = site.get(path);
      assertNoMarkup(path, r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
    }
  }

  @Test
  void jsonCarriesMarkupAsInertEscapedText() throws Exception {
    for (String path : List.of("/api/articles/xss-1", "/api/articles/xss-1/related", "/api/stories",
        "/api/search?q=" + TestSite.enc("الخبر"), "/api/search?q=" + TestSite.enc(XSS), "/api/articles/" + TestSite.enc(XSS),
        "/api/search?sort=" + TestSite.enc(XSS))) {
      HttpResponse<String> r = site.get(path);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
      assertFalse(r.body().contains("<"), path + ": " + r.body());
      assertFalse(r.body().contains(">"), path + ": " + r.body());
      Json.MAPPER.readTree(r.body()); // still valid JSON
    }
    JsonNode a = Json.MAPPER.readTree(site.get("/api/articles/xss-1").body());
    assertEquals("عنوان " + XSS, a.get("title").asText(), "the text itself is kept, only its encoding is safe");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/", "/articles/xss-1", "/api/articles/xss-1", "/articles/unknown", "/api/articles/unknown",
        "/search?page=0", "/api/search?size=1000", "/no/such/page", "/static/khabar.css", "/static/nope.css",
        "/static/../../etc/passwd")) {
      HttpResponse<String> r = site.get(path);
      SecurityHeaders.CSP_HEADERS.forEach((h, value) -> assertEquals(value, r.headers().firstValue(h).orElse(null),
          h + " on " + path + " (" + r.statusCode() + ")"));
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
  }

  @Test
  void staticFilesNeverLeaveTheirFolder() throws Exception {
    assertEquals(200, site.get("/static/khabar.css").statusCode());
    for (String path : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2f..%2fetc%2fpasswd", "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/..%5c..%5cetc%5cpasswd",
        "/static/%252e%252e/%252e%252e/etc/passwd", "/static/..;/..;/etc/passwd", "/static/%c0%ae%c0%ae/etc/passwd",
        "/static/../io/khabar/web/WebServer.class", "/static/%2e%2e/sample/ant-sample.jsonl.gz",
        "/static/..%2fio%2fkhabar%2fweb%2fWebServer.class", "/static//etc/passwd", "/static/.%2e/.%2e/etc/passwd")) {
      // The request line exactly as written (java.net.http would normalise some of these paths).
      RawExchange exchange = RawExchange.send(site.port(), "GET", path, "");
      String response = exchange.response();
      int status = exchange.status();
      assertTrue(Set.of(400, 404).contains(status), path + " answered " + status);
      assertFalse(response.contains("root:"), path + " served /etc/passwd");
      assertFalse(response.contains("\u00ca\u00fe\u00ba\u00be"), path + " served a class file (its magic bytes)");
    }
  }

  @Test
  void oversizedRequestsAndParametersAreRefused() throws Exception {
    assertEquals(400, site.get("/api/search?q=" + "ا".repeat(501)).statusCode());
    assertEquals(400, site.get("/search?q=" + "ا".repeat(501)).statusCode());
    assertEquals(400, site.get("/api/search?q=x&size=101").statusCode());
    assertEquals(400, site.get("/api/search?q=x&page=1000000").statusCode());
    assertEquals(400, site.get("/api/search?q=x&page=-1").statusCode());
    assertEquals(400, site.get("/api/articles/xss-1/related?k=51").statusCode());
    assertEquals(400, site.get("/api/stories?limit=100000").statusCode());
    assertEquals(400, site.get("/api/search?q=x&size=99999999999999999999").statusCode());
    // Whole requests: a 100 KB URL and a 100 KB header are refused by the server itself.
    RawExchange longUrl = RawExchange.send(site.port(), "GET", "/search?q=" + "a".repeat(100_000), "");
    assertTrue(longUrl.refusedWith(414, 431, 400), "100 KB URL: " + longUrl);
    RawExchange bigHeader = RawExchange.send(site.port(), "GET", "/", "", "X-Big", "a".repeat(100_000));
    assertTrue(bigHeader.refusedWith(400, 431), "big header: " + bigHeader);
    // Reads only: the site answers a 1 MB POST without waiting for its body (only 64 KB of it is ever sent).
    RawExchange post = RawExchange.send(site.port(), "POST", "/api/search?q=x", "x".repeat(1 << 16),
        "Content-Type", "application/json", "Content-Length", String.valueOf(1 << 20));
    assertTrue(Set.of(404, 405, 413).contains(post.status()), "POST: " + post);
    assertFalse(post.response().contains("Exception"), post.response());
  }

  @Test
  void malformedRequestsShowNoStackTrace() throws Exception {
    for (String path : List.of("/articles/%ZZ", "/api/articles/%", "/search?q=%E0%A4%A", "/api/search?q=%ff%fe",
        "/api/articles/%00", "/articles/" + "%2e%2e%2f".repeat(3) + "etc%2fpasswd")) {
      // The request line exactly as written (java.net.http would normalise some of these paths).
      RawExchange exchange = RawExchange.send(site.port(), "GET", path, "");
      String response = exchange.response();
      int status = exchange.status();
      assertTrue(status < 500, path + " answered " + status + ": " + response);
      assertFalse(response.contains("Exception") || response.contains("at io.") || response.contains("at org."),
          path + ": " + response);
    }
  }
}
