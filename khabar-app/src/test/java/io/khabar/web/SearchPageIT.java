package io.khabar.web;

import static io.khabar.web.TestSite.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchPageIT {
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

  private static String search(String query) {
    HttpResponse<String> r = site.get("/search?" + query);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  @Test
  void wordTypedWithoutHamzaFindsItAndIsHighlighted() {
    String html = search("q=" + enc("اعلن"));
    assertTrue(html.contains("href=\"/articles/alarabia-1001\""), "article has أعلن");
    assertTrue(html.contains("<mark>أعلن</mark>"), "hit marked as written in the article");
    assertTrue(html.contains("عدد النتائج:"));
  }

  @ParameterizedTest
  @CsvSource({
      "الزراعه, alarabia-1001", // ة typed as ه
      "مستشفي, skynews-3002", // ى typed as ي
  })
  void orthographicVariantsMatch(String typed, String expected) {
    String html = search("q=" + enc(typed));
    assertTrue(html.contains("href=\"/articles/" + expected + "\""), typed + " should find " + expected);
    assertTrue(html.contains("<mark>"));
  }

  @Test
  void filtersBySource() {
    String all = search("q=" + enc("النفط"));
    assertTrue(all.contains("/articles/alarabia-1002") && all.contains("/articles/bbc-2002"));
    String bbc = search("q=" + enc("النفط") + "&source=bbc");
    assertTrue(bbc.contains("/articles/bbc-2002"));
    assertFalse(bbc.contains("/articles/alarabia-1002"));
    assertTrue(bbc.contains("<option value=\"bbc\" selected>"), "the chosen outlet stays selected");
  }

  @Test
  void filtersByDate() {
    String html = search("q=" + enc("النفط") + "&from=2018-07-13&to=2018-07-13");
    assertTrue(html.contains("/articles/bbc-2002"));
    assertFalse(html.contains("/articles/alarabia-1002"), "published on the 12th");
  }

  @Test
  void paginatesTenPerPage() {
    String first = search("from=2018-01-01&sort=newest");
    assertTrue(first.contains("<strong>13</strong>"), "13 dated articles");
    assertTrue(first.contains("الصفحة 1 من 2"));
    // ten hits a page; a copy of a text already on the page is folded into it ("أيضاً في")
    assertEquals(10, count(first, "class=\"result\"") + count(first, "class=\"also-in\""));
    assertTrue(first.contains("href=\"/search?from=2018-01-01&amp;sort=newest&amp;page=2\""));
    String second = search("from=2018-01-01&sort=newest&page=2");
    assertEquals(3, count(second, "class=\"result\""));
    assertTrue(second.contains("الصفحة 2 من 2"));
    assertTrue(second.contains("rel=\"prev\""));
  }

  @Test
  void whatWasTypedIsEchoedEscaped() {
    String html = search("q=" + enc("\"><b>x</b>"));
    assertFalse(html.contains("<b>"), "markup typed in the query box must not become markup");
    assertTrue(html.contains("name=\"q\" value=\"&#34;>&lt;b>x&lt;/b>\""), "the quote cannot close the attribute");
  }

  @Test
  void outletSelectIsFilledFromTheStore() {
    String html = search("");
    assertTrue(html.contains("<option value=\"alarabia\">العربية (5)</option>"));
    assertTrue(html.contains("<option value=\"skynews\">سكاي نيوز عربية (5)</option>"));
  }

  @ParameterizedTest
  @CsvSource({
      "from=2018-13-45, from",
      "to=yesterday, to",
      "page=0, page",
      "page=abc, page",
      "sort=oldest, sort",
      "from=2018-07-20&to=2018-07-10, from",
  })
  void badParametersAre400WithBothLanguages(String query, String parameter) {
    HttpResponse<String> r = site.get("/search?q=x&" + query);
    assertEquals(400, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("role=\"alert\""));
    assertTrue(html.contains("'" + parameter + "'"), "English message names " + parameter + ": " + html);
    assertTrue(html.matches("(?s).*<p>[^<]*[\\u0600-\\u06FF][^<]*</p>\\s*<p lang=\"en\".*"), "Arabic message first");
    assertTrue(html.contains("<form class=\"search-form\""), "the form stays usable");
  }

  @Test
  void overlongQueryIs400() {
    HttpResponse<String> r = site.get("/search?q=" + "ا".repeat(501));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("longer than 500"));
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
