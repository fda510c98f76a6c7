package io.khabar.web;

import io.khabar.web.server.SecurityHeaders;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stories home, the story page (full coverage) and the article page's coverage block. The
 * fixture's one event: alarabia-1001 (first), bbc-2001, skynews-3001, plus skynews-3005, an exact
 * copy of bbc-2001's text under another id and outlet.
 */
class StoryPagesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"/articles/([^\"]+)\"");
  private static final List<String> EVENT = List.of("alarabia-1001", "bbc-2001", "skynews-3001", "skynews-3005");
  private static final String FIRST_MARK = "أول من نشر";

  @TempDir
  static Path dir;
  static TestSite site;
  /** The event's story id, as the store assigned it. */
  static String story;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.withFixture(dir);
    story = storyOf("alarabia-1001");
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  @Test
  void theFixturesEventIsOneStory() throws Exception {
    for (String id : EVENT) {
      assertEquals(story, storyOf(id), id);
    }
    assertNotEquals(story, storyOf("bbc-2002"), "another event");
  }

  @Test
  void storiesPageListsTheThreeOutletStoryWithItsCounts() {
    HttpResponse<String> r = site.get("/stories");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String card = element(r.body(), "<li class=\"story-card\">", "</li>", "href=\"/stories/" + story + "\"");
    assertTrue(card.contains(">الحكومة تكشف تفاصيل خطة دعم المزارعين</a>"), "the story's headline (its representative title): " + card);
    assertTrue(card.contains("3 مصادر"), "outlet count: " + card);
    assertTrue(card.contains("4 مقالات"), "article count: " + card);
    assertTrue(card.contains("العربية، بي بي سي عربي، سكاي نيوز عربية"), "outlet names: " + card);
    assertTrue(card.contains("<time datetime=\"2018-07-17T07:00:00+03:00\">17 يوليو 2018، 07:00</time>"),
        "latest date, on the site's one clock (Riyadh; the outlet printed 08:00+04:00): " + card);
  }

  @Test
  void storiesAreLinkedFromTheHeaderAndTheHomePage() {
    String home = site.get("/").body();
    assertEquals(2, count(home, "href=\"/stories\""), "header and home page");
    for (String path : List.of("/articles/alarabia-1001", "/search", "/stories", "/stories/" + story)) {
      String header = site.get(path).body().split("</header>")[0];
      assertTrue(header.contains("<a href=\"/stories\">أهم القصص</a>"), path);
    }
  }

  @Test
  void storyPageShowsEveryOutletEarliestFirstAndMarksTheFirst() {
    HttpResponse<String> r = site.get("/stories/" + story);
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("<h1>الحكومة تكشف تفاصيل خطة دعم المزارعين</h1>"), "the story's headline");
    assertTrue(html.contains("تغطية كاملة"));
    assertTrue(html.contains("4 مقالات، 3 مصادر"));
    List<String> items = elements(html, "<li class=\"coverage-item\">", "</li>");
    assertEquals(3, items.size(), "three texts (the copy folded): " + items);
    assertEquals(List.of("alarabia-1001"), articleLinks(items.get(0)));
    assertTrue(items.get(0).contains("<span class=\"outlet\">العربية</span>"));
    assertTrue(items.get(0).contains(FIRST_MARK), "the earliest is marked");
    assertEquals(1, count(html, FIRST_MARK), "only the earliest");
    assertTrue(items.get(1).contains("/articles/bbc-2001"), "then bbc, published next");
    assertTrue(items.get(2).contains("/articles/skynews-3001"));
    assertTrue(items.get(2).contains("<span class=\"outlet\">سكاي نيوز عربية</span>"));
  }

  @Test
  void anExactCopyIsFoldedIntoTheItemOfItsText() {
    String html = site.get("/stories/" + story).body();
    String bbc = element(html, "<li class=\"coverage-item\">", "</li>", "/articles/bbc-2001");
    assertTrue(bbc.contains("<span class=\"outlet\">بي بي سي عربي، سكاي نيوز عربية</span>"),
        "both outlets that carried the text: " + bbc);
    String alsoIn = bbc.substring(bbc.indexOf("نُشر النص نفسه أيضاً في"));
    assertEquals(List.of("skynews-3005"), articleLinks(alsoIn), "the copy, listed under the item");
    assertTrue(alsoIn.contains(">سكاي نيوز عربية</a>"));
    assertFalse(html.contains("تفاصيل خطة الحكومة لدعم المزارعين"), "the copy is no entry of its own");
    assertEquals(1, count(html, "href=\"/articles/skynews-3005\""));
  }

  @Test
  void articlePageShowsItsStorysCoverageBetweenTextAndReadAlso() throws Exception {
    String html = site.get("/articles/alarabia-1001").body();
    int text = html.indexOf("</article>");
    int block = html.indexOf("<aside class=\"story-coverage\">");
    int readAlso = html.indexOf("<aside class=\"read-also\">");
    assertTrue(text >= 0 && block > text && readAlso > block, "text, then full coverage, then read also");
    String coverage = html.substring(block, html.indexOf("</aside>", block));
    assertTrue(coverage.contains("<h2>تغطية كاملة</h2>"));
    assertTrue(coverage.contains("href=\"/stories/" + story + "\""), "links to its story");
    List<String> listed = articleLinks(coverage);
    assertEquals(List.of("bbc-2001", "skynews-3001"), listed, "the other outlets' texts, not the article itself");
    assertTrue(coverage.contains("بي بي سي عربي، سكاي نيوز عربية"), "the copy's outlet beside its text");
  }

  @Test
  void aCopysArticlePageNamesTheOtherCopyAndListsTheRest() {
    String html = site.get("/articles/skynews-3005").body();
    int block = html.indexOf("<aside class=\"story-coverage\">");
    assertTrue(block > 0);
    String coverage = html.substring(block, html.indexOf("</aside>", block));
    String alsoIn = coverage.substring(coverage.indexOf("نُشر النص نفسه أيضاً في"), coverage.indexOf("</p>",
        coverage.indexOf("نُشر النص نفسه أيضاً في")));
    assertEquals(List.of("bbc-2001"), articleLinks(alsoIn));
    List<String> listed = articleLinks(coverage);
    assertFalse(listed.contains("skynews-3005"), "never the article itself");
    assertTrue(listed.containsAll(List.of("alarabia-1001", "skynews-3001")), listed.toString());
    assertTrue(coverage.contains(FIRST_MARK), "the first to report is marked here too");
  }

  @Test
  void relatedListsNeverHoldAnArticleOfTheSameStory() {
    for (String id : EVENT) {
      String html = site.get("/articles/" + id).body();
      int readAlso = html.indexOf("<aside class=\"read-also\">");
      int similar = html.indexOf("<section class=\"similar\">");
      String related = html.substring(readAlso >= 0 ? readAlso : similar);
      assertTrue(similar > 0, id);
      for (String member : EVENT) {
        assertFalse(articleLinks(related).contains(member), id + " lists " + member + " of its own story");
      }
    }
  }

  @Test
  void anArticleAloneInItsStoryOrWithoutOneHasNoCoverageBlock() {
    for (String id : List.of("skynews-3003", "alarabia-1005")) {
      HttpResponse<String> r = site.get("/articles/" + id);
      assertEquals(200, r.statusCode(), id);
      assertFalse(r.body().contains("story-coverage"), id);
      assertFalse(r.body().contains("تغطية كاملة"), id);
    }
  }

  @Test
  void unknownStoryIsAnArabic404Page() {
    HttpResponse<String> r = site.get("/stories/no-such-story");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("لم نجد هذه القصة"), r.body());
    assertTrue(r.body().contains("dir=\"rtl\""));
  }

  @Test
  void aScriptInAStoryTitleIsEscaped() throws Exception {
    String scriptStory = storyOf("bbc-2003");
    String list = site.get("/stories").body();
    String page = site.get("/stories/" + enc(scriptStory)).body();
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; اختبار الأمن &amp; الحماية الرقمية";
    assertTrue(list.contains(">" + escaped + "</a>"), "listed, escaped");
    assertTrue(page.contains("<h1>" + escaped + "</h1>"));
    assertTrue(page.contains("<title>" + escaped + " — تغطية كاملة | خبر</title>"));
    for (String html : List.of(list, page)) {
      assertFalse(html.contains("<script"), "no script tag at all");
    }
  }

  @Test
  void storyPagesUseOnlyTheSitesOwnStylesheet() {
    for (String path : List.of("/stories", "/stories/" + story, "/articles/bbc-2001", "/stories/nope")) {
      HttpResponse<String> r = site.get(path);
      String html = r.body();
      assertEquals(SecurityHeaders.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/khabar.css\">"), path);
      assertFalse(html.contains("style="), path);
      assertFalse(html.contains("<style"), path);
    }
    String css = site.get("/static/khabar.css").body();
    for (String rule : List.of(".story-card", ".coverage-item", ".scoop", ".story-coverage", ".site-nav")) {
      assertTrue(css.contains(rule + " "), "styled: " + rule);
    }
  }

  static String storyOf(String articleId) throws Exception {
    HttpResponse<String> r = site.get("/api/articles/" + enc(articleId));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode s = JSON.readTree(r.body()).get("story");
    return s == null || s.isNull() ? null : s.asText();
  }

  /** The elements opening with {@code open} (not nested), each up to its first {@code close}. */
  static List<String> elements(String html, String open, String close) {
    List<String> out = new ArrayList<>();
    for (int i = html.indexOf(open); i >= 0; i = html.indexOf(open, i + 1)) {
      out.add(html.substring(i, html.indexOf(close, i) + close.length()));
    }
    return out;
  }

  static String element(String html, String open, String close, String containing) {
    return elements(html, open, close).stream().filter(e -> e.contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + open + " with " + containing + " in " + html));
  }

  static List<String> articleLinks(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = ARTICLE_LINK.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }
}
