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
  void numericHostsAreReadAsBrowsersReadThem() throws Exception {
    // WHATWG URL host parsing: octal, hex, short and single-number forms are IPv4 addresses.
    for (String u : List.of("http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://127.1/", "http://2130706433/",
        "http://0x7f000001/", "http://0177.1/", "http://127.0.0.1./", "HTTP://0X7F.0.0.1/")) {
      assertEquals(URI.create("http://127.0.0.1/"), UrlRules.check(u), u);
    }
    assertEquals(URI.create("http://127.0.0.1:18090/internal-admin?action=delete"),
        UrlRules.check("http://0177.0.0.1:18090/internal-admin?action=delete"));
    assertEquals(URI.create("http://10.0.0.1/"), UrlRules.check("http://012.0.0.1/"));
    assertEquals(URI.create("http://169.254.169.254/"), UrlRules.check("http://0xa9fea9fe/"));
    // Ends in a number but is no IPv4 address: browsers refuse these, and so does Khabar.
    for (String u : List.of("http://256.256.256.256/", "http://1.2.3.4.5/", "http://0x100000000/", "http://08.0.0.1/",
        "http://example.123/")) {
      FetchException e = assertThrows(FetchException.class, () -> UrlRules.check(u), u);
      assertTrue(e.getMessage().contains("IPv4"), e.getMessage());
    }
    assertEquals(URI.create("https://news.example.com/"), UrlRules.check("https://news.example.com/"));
  }

  @Test
  void oddUrlFormsGetOneSentenceWithoutJavaText() {
    for (String u : List.of("http://exa mple.com/", "http://[::1/", "http://my_host/x", "http:///x", "http://:80/",
        "http://a b", "ht tp://x/", "http://example.com:99999/", "\u0000http://x/", "http://x\u202e/")) {
      String url = u.replace("\\u0000", "\u0000").replace("\\u202e", "\u202e");
      FetchException e = assertThrows(FetchException.class, () -> UrlRules.check(url), u);
      String m = e.getMessage();
      assertTrue(m.startsWith("refused: "), m);
      assertTrue(!m.contains("Exception") && !m.contains("URISyntax") && !m.contains("without a host"), m);
      assertTrue(m.chars().noneMatch(c -> c < 0x20 || (c >= 0x202a && c <= 0x202e)), "control characters escaped: " + m);
    }
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
