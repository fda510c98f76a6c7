package io.khabar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.enrich.Enricher;
import io.khabar.enrich.ner.EntityFinder;
import io.khabar.enrich.ner.NameKeys;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site as issue 14 asked for it, over a small store written here: copies folded (france24 carries
 * one text twice, under one URL), one clock (a fixed "now", Riyadh time, relative within a day), the
 * lead only with the way to the source, entity chips and reasons in words as written, a name's
 * spellings found together (ترامب/ترمب), and pages past the last a 404.
 */
class SiteIT {
  static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  static final String P1 = "التقى الرئيس الأمريكي دونالد ترمب اليوم في البيت الأبيض بوفد من قادة الشرق الأوسط لبحث التهدئة في المنطقة وسبل دعم الاستقرار والتنمية في الدول المجاورة.";
  static final String P2 = "وقال ترمب في مؤتمر صحفي عقب اللقاء إن المحادثات كانت مثمرة وإن بلاده ستواصل جهودها الدبلوماسية مع الشركاء في المنطقة خلال الأسابيع المقبلة بزعامة حسن وفريقه.";
  static final String P3 = "وحضرت اللقاء إيفانكا ترامب التي قالت إن إيفانكا تدعم المبادرة الجديدة بكل قوة.";
  static final String P4 = "الفقرة الرابعة لا تظهر إلا لمن يقرأ المقال في موقع مصدره الأصلي.";

  static final EntityFinder FINDER = (title, text) -> {
    Map<String, Entity> names = new LinkedHashMap<>();
    names.put("دونالد ترمب", new Entity(NameKeys.key("دونالد ترمب"), EntityType.PERSON, "دونالد ترمب"));
    names.put("ترامب يصل", new Entity(NameKeys.key("ترامب"), EntityType.PERSON, "ترامب"));
    names.put("ترمب", new Entity(NameKeys.key("ترمب"), EntityType.PERSON, "ترمب"));
    names.put("إيفانكا ترامب", new Entity(NameKeys.key("إيفانكا ترامب"), EntityType.PERSON, "إيفانكا ترامب"));
    names.put("إيفانكا", new Entity(NameKeys.key("إيفانكا"), EntityType.PERSON, "إيفانكا"));
    names.put("بزعامة حسن", new Entity(NameKeys.key("بزعامة حسن"), EntityType.PERSON, "بزعامة حسن"));
    names.put("المنطقة", new Entity("ال", EntityType.MISC, "ال"));
    List<Entity> found = new ArrayList<>();
    names.forEach((written, e) -> {
      if ((title + " " + text).contains(written)) {
        found.add(e);
      }
    });
    return found;
  };

  @TempDir
  static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    String text = String.join("\\n", P1, P2, P3, P4);
    String jsonl = String.join("\n",
        line("f24-1", "france24", "https://www.france24.com/ar/trump-1", "ترمب يستقبل قادة الشرق الأوسط في البيت الأبيض", text, "2026-12-06T10:00:00+01:00"),
        line("f24-2", "france24", "https://www.france24.com/ar/trump-1", "ترمب يستقبل قادة الشرق الأوسط في البيت الأبيض", text, "2026-12-06T10:05:00+01:00"),
        line("bbc-1", "bbc", "https://www.bbc.com/arabic/trump-1", "ترامب يصل إلى البيت الأبيض لاستقبال قادة الشرق الأوسط",
            "وصل ترامب يصل إلى البيت الأبيض صباح اليوم لاستقبال قادة الشرق الأوسط في لقاء عن التهدئة في المنطقة والاستقرار.\\nوقال البيت الأبيض إن اللقاء يتناول التهدئة والتنمية.", "2026-12-06T08:30:00Z"),
        line("sky-1", "skynews", "https://www.skynewsarabia.com/1", "قادة الشرق الأوسط في البيت الأبيض لبحث التهدئة",
            "اجتمع قادة الشرق الأوسط في البيت الأبيض مع الرئيس الأمريكي دونالد ترمب لبحث التهدئة في المنطقة.\\nوتناول اللقاء سبل الاستقرار والتنمية.", "2026-12-05T20:00:00+04:00"),
        line("sky-2", "skynews", "https://www.skynewsarabia.com/2", "مهرجان للسينما العربية يفتتح دورته الجديدة",
            "افتتح مهرجان السينما العربية دورته الجديدة بعرض عشرين فيلماً من عدة دول.\\nويستمر المهرجان أسبوعاً.", "2026-11-20T18:00:00+03:00")) + "\n";
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(400, 250, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "jpg", jpeg);
    io.khabar.picture.Thumbnails.Result t = io.khabar.picture.Thumbnails.make(jpeg.toByteArray(), "image/jpeg");
    new io.khabar.picture.PictureStore(io.khabar.picture.PictureStore.folder(dir)).put("bbc-1", t.jpeg());
    site = TestSite.withJsonl(dir, jsonl, new Enricher(FINDER, null),
        SiteOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withDataDir(dir));
  }

  private static String line(String id, String source, String url, String title, String text, String published) {
    return "{\"id\": \"" + id + "\", \"url\": \"" + url + "\", \"source\": \"" + source + "\", \"title\": \"" + title
        + "\", \"text\": \"" + text + "\", \"published\": \"" + published + "\"}";
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  @Test
  void homeShowsTopStoriesThenLatestWithCopiesFolded() {
    String html = site.get("/").body();
    assertTrue(html.contains("class=\"top-stories\""), html);
    String top = html.substring(html.indexOf("class=\"top-stories\""), html.indexOf("</ol>", html.indexOf("class=\"top-stories\"")));
    assertTrue(top.contains("نشرها أولاً"), top);
    assertTrue(top.contains("class=\"other-headlines\""), "other outlets' headlines: " + top);
    assertEquals(1, count(html, "href=\"/articles/f24-1\"") + count(html, "href=\"/articles/f24-2\""),
        "one text, one URL: shown once on the whole page");
    assertFalse(html.contains(">مهرجان للسينما العربية يفتتح دورته الجديدة</a>") && count(html, "مهرجان للسينما") > 1);
  }

  @Test
  void everyTimeOnOneClockRelativeWithinADay() {
    String html = site.get("/articles/f24-1").body();
    // 10:00+01:00 is 09:00Z, three hours before "now"; its datetime is in Riyadh's offset
    assertTrue(html.contains("<time datetime=\"2026-12-06T12:00:00+03:00\">منذ 3 ساعات</time>"), html);
    String sky = site.get("/articles/sky-2").body();
    assertTrue(sky.contains("<time datetime=\"2026-11-20T18:00:00+03:00\">20 نوفمبر 2026، 18:00</time>"), sky);
  }

  @Test
  void articlePageShowsTheLeadAndSendsTheReaderToTheSource() {
    String html = site.get("/articles/f24-1").body();
    assertTrue(html.contains(P1));
    assertFalse(html.contains(P4), "not the full text");
    assertTrue(html.contains("class=\"read-source-link\" href=\"https://www.france24.com/ar/trump-1\""), html);
    assertTrue(html.contains("اقرأ المقال كاملاً في موقع فرانس 24"));
  }

  @Test
  void entityChipsAreConfidentOnePerNameNoParticles() {
    String html = site.get("/articles/f24-1").body();
    String chips = html.substring(html.indexOf("<p class=\"entities\">"), html.indexOf("</p>", html.indexOf("<p class=\"entities\">")));
    assertTrue(chips.contains(">إيفانكا ترامب</a>"), chips);
    assertFalse(chips.contains(">إيفانكا</a>"), "the same person once: " + chips);
    assertFalse(chips.contains(">ال</a>"), chips);
    assertFalse(chips.contains("بزعامة"), chips);
    assertTrue(chips.contains(">دونالد ترمب</a>"), chips);
  }

  @Test
  void similarReasonsAreWordsAsWritten() {
    String html = site.get("/articles/bbc-1").body();
    Matcher m = Pattern.compile("<p class=\"reason\">([^<]*)</p>").matcher(html);
    String body = site.get("/articles/bbc-1").body();
    while (m.find()) {
      for (String w : m.group(1).replaceAll("^.*?: ", "").replaceAll("(أسماء|كلمات) مشتركة: ", "").split("[،·]\\s*")) {
        String word = w.strip();
        if (!word.isEmpty()) {
          assertTrue(body.contains(word), "a word as written in the article: " + word);
        }
      }
    }
  }

  @Test
  void searchFindsEverySpellingOfAName() {
    String html = site.get("/search?q=" + TestSite.enc("ترامب")).body();
    assertTrue(html.contains("نتائج تشمل: ترمب"), html);
    assertTrue(html.contains("/articles/bbc-1"), html);
    assertTrue(html.contains("/articles/f24-1") || html.contains("/articles/f24-2"), html);
    assertEquals(1, count(html, "href=\"/articles/f24-1\"") + count(html, "href=\"/articles/f24-2\""), "copies folded");
    String api = site.get("/api/search?q=" + TestSite.enc("ترامب")).body();
    assertTrue(api.contains("\"variants\":[\"ترمب\"]"), api);
    assertTrue(api.contains("\"id\":\"f24-1\""), "the API finds the other spelling too: " + api);
  }

  @Test
  void pagesPastTheLastAreNotFound() {
    assertEquals(200, site.get("/stories").statusCode());
    assertEquals(404, site.get("/stories?page=2").statusCode());
    assertEquals(404, site.get("/search?q=" + TestSite.enc("البيت") + "&page=7").statusCode());
    assertFalse(site.get("/stories").body().contains("الصفحة 2 من 1"));
  }

  @Test
  void storyPageHasItsTimelineChartAndTheArticlePageASideColumn() throws Exception {
    String story = new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.get("/api/articles/bbc-1").body())
        .get("story").asText();
    String html = site.get("/stories/" + TestSite.enc(story)).body();
    assertTrue(html.contains("<figure class=\"story-chart\">"), html);
    assertTrue(html.contains("<rect class=\"bar\""), html);
    assertTrue(html.contains("نشرها أولاً"), html);
    String article = site.get("/articles/bbc-1").body();
    assertTrue(article.contains("<div class=\"side-column\">"), article);
  }

  @Test
  void picturesComeFromThisOriginAndOnlyWhereThereIsOne() {
    String home = site.get("/").body();
    assertTrue(home.contains("<img class=\"thumb\" src=\"/pictures/bbc-1\""), home);
    assertTrue(site.get("/articles/bbc-1").body().contains("<img class=\"lead-picture\" src=\"/pictures/bbc-1\""));
    assertFalse(site.get("/articles/sky-2").body().contains("<img"), "no picture, no empty box");
    java.net.http.HttpResponse<String> pic = site.get("/pictures/bbc-1");
    assertEquals(200, pic.statusCode());
    assertEquals("image/jpeg", pic.headers().firstValue("Content-Type").orElse(""));
    assertEquals(404, site.get("/pictures/sky-2").statusCode());
    assertTrue(pic.headers().firstValue("Content-Security-Policy").orElse("").contains("img-src 'self';"));
  }

  @Test
  void entityFeedIsValidRssAndAtom() throws Exception {
    String key = TestSite.enc(NameKeys.key("دونالد ترمب")).replace("+", "%20");
    for (String format : List.of("rss", "atom")) {
      java.net.http.HttpResponse<String> r = site.get("/entities/" + key + "/feed?format=" + format);
      assertEquals(200, r.statusCode(), r.body());
      com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
          .build(new java.io.StringReader(r.body()));
      assertEquals(format.equals("atom") ? "atom_1.0" : "rss_2.0", feed.getFeedType());
      assertEquals(2, feed.getEntries().size(), "f24-1 and its copy f24-2 folded, and sky-1");
    }
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
