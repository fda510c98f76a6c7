package io.khabar.web;

import io.khabar.web.server.SecurityHeaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class PagesIT {
  private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"/articles/([^\"]+)\"");

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

  @Test
  void homeListsEveryOutletWithItsLatestTitles() {
    HttpResponse<String> r = site.get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String html = r.body();
    assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "RTL Arabic document");
    for (String outlet : List.of("العربية", "بي بي سي عربي", "سكاي نيوز عربية")) {
      assertTrue(html.contains(outlet), "outlet " + outlet);
    }
    assertTrue(html.contains("href=\"/articles/alarabia-1001\""));
    assertTrue(html.contains("وزير الزراعة يعلن خطة جديدة لدعم المزارعين"));
    assertTrue(html.contains("معرض الكتاب يستقبل آلاف الزوار في يومه الأول"));
    assertTrue(html.contains("14 مقالاً"), "total count");
    assertTrue(html.contains("<time datetime=\"2018-07-15T21:56:00+03:00\">15 يوليو 2018، 21:56</time>"));
  }

  @Test
  void articlePageShowsTextCreditAndRelatedArticles() {
    HttpResponse<String> r = site.get("/articles/alarabia-1001");
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("<h1>وزير الزراعة يعلن خطة جديدة لدعم المزارعين</h1>"));
    assertTrue(html.contains("<p>أعلن وزير الزراعة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة مليار ريال.</p>"));
    assertTrue(html.contains("<p>وقال الوزير إن الخطة تهدف إلى زيادة الإنتاج الزراعي وتحقيق الأمن الغذائي.</p>"),
        "each line of text is its own paragraph");
    assertTrue(html.contains("المصدر: <a href=\"https://www.alarabiya.net/ar/2018/07/15/agri-plan\""));
    assertTrue(html.contains("اقرأ أيضاً"));
    assertFalse(html.contains("إقرأ"), "the imperative of قرأ takes a hamzat wasl");
    assertTrue(html.contains("مقالات مشابهة"));
    assertTrue(html.contains("كلمات مشتركة:"), "reason line");

    List<String> related = articleLinks(html.substring(html.indexOf("<aside class=\"read-also\">")));
    assertFalse(related.isEmpty(), "related links");
    assertFalse(related.contains("alarabia-1001"), "never the article itself: " + related);
    // The same event's other articles are its full coverage, shown above the related ones and not among them.
    assertFalse(related.contains("bbc-2001") || related.contains("skynews-3001"), "same story: " + related);
  }

  @Test
  void articleWithoutUsableUrlCreditsTheOutletWithoutALink() {
    String html = site.get("/articles/alarabia-1004").body();
    assertTrue(html.contains("المصدر: العربية"));
  }

  @Test
  void scriptInATitleIsEscapedEverywhere() {
    String home = site.get("/").body();
    String article = site.get("/articles/bbc-2003").body();
    String search = site.get("/search?q=" + TestSite.enc("الحماية")).body();
    for (String html : List.of(home, article, search)) {
      assertFalse(html.contains("<script>alert(1)</script>"), "raw script tag");
      assertFalse(html.contains("<script"), "no script at all: the CSP forbids inline ones anyway");
    }
    assertTrue(home.contains("&lt;script&gt;alert(1)&lt;/script&gt; اختبار الأمن &amp; الحماية الرقمية"));
    assertTrue(article.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; اختبار الأمن &amp; الحماية الرقمية</h1>"));
    assertTrue(search.contains("&lt;script&gt;"));
  }

  @Test
  void unknownArticleIsAnArabic404Page() {
    HttpResponse<String> r = site.get("/articles/no-such-id");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("لم نجد هذا المقال"));
    assertTrue(r.body().contains("dir=\"rtl\""));
  }

  @Test
  void unknownPathIsAnArabic404Page() {
    HttpResponse<String> r = site.get("/no/such/page");
    assertEquals(404, r.statusCode());
    assertTrue(r.body().contains("الصفحة التي طلبتها غير موجودة"));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/", "/articles/alarabia-1001", "/articles/nope", "/search?page=0",
        "/api/articles/alarabia-1001", "/api/articles/nope", "/static/khabar.css")) {
      HttpResponse<String> r = site.get(path);
      assertEquals(SecurityHeaders.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
    }
  }

  @Test
  void pagesUseOnlyTheSitesOwnStylesheet() {
    HttpResponse<String> css = site.get("/static/khabar.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    for (String path : List.of("/", "/articles/alarabia-1001", "/search?q=x")) {
      String html = site.get(path).body();
      assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/khabar.css\">"), path);
      assertFalse(html.contains("style="), "inline style, blocked by the CSP: " + path);
      assertFalse(html.contains("<style"), "inline style, blocked by the CSP: " + path);
      assertFalse(html.contains("//fonts."), "external fonts: " + path);
    }
  }

  private static List<String> articleLinks(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = ARTICLE_LINK.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
