package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlRulesTest {

  @Test
  void onlyHttpAndHttpsAreFetched() throws Exception {
    for (String u : List.of("file:///etc/passwd", "FILE:///etc/passwd", "ftp://example.org/x", "jar:file:/x.jar!/a",
        "data:text/html,hi", "javascript:alert(1)", "gopher://example.org/", "mailto:a@b.c", "/relative/only",
        "http:///nohost", "http://user:pw@example.org/", "")) {
      FetchException e = assertThrows(FetchException.class, () -> UrlRules.check(u), u);
      assertTrue(e.getMessage().startsWith("refused:"), e.getMessage());
    }
    assertEquals("https://example.org/a", UrlRules.check("https://example.org/a").toString());
    assertEquals("http://example.org:8080/a", UrlRules.check(" HTTP://example.org:8080/a ").toString());
  }

  @Test
  void relativeLinksResolveAndAreCheckedAgain() throws Exception {
    URI base = URI.create("https://news.example/feed.xml");
    assertEquals("https://news.example/a/1.html", UrlRules.resolve(base, "/a/1.html").toString());
    assertThrows(FetchException.class, () -> UrlRules.resolve(base, "file:///etc/passwd"));
    assertThrows(FetchException.class, () -> UrlRules.resolve(base, "jar:http://x/y.jar!/"));
  }

  @Test
  void aPageHasOneUrl() throws Exception {
    assertEquals(java.net.URI.create("https://news.example/A/1?q=X"), UrlRules.check("HTTPS://News.Example/A/1?q=X#F"));
    assertEquals(java.net.URI.create("https://news.example/"), UrlRules.check("https://news.example:443"));
    assertEquals(java.net.URI.create("http://news.example/a"), UrlRules.check("http://news.example:80/b/../a"));
    assertEquals(java.net.URI.create("https://a/1"), UrlRules.resolve(java.net.URI.create("https://a/"), "httpS://a/1"));
    assertEquals(java.net.URI.create("http://a:8080/%D8%AE"), UrlRules.check("http://A:8080/%D8%AE"));
  }
}
