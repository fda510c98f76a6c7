package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
  @Test
  void cutsTheSiteNameFromDeclaredTitles() {
    List<String> site = List.of("بوابة فيتو");
    assertEquals("رسميا.. إيقاف دوري الأبطال", TitleFinder.stripSiteName("بوابة فيتو | رسميا.. إيقاف دوري الأبطال", site));
    assertEquals("القوى العاملة: تسهيلات جديدة للتأشيرة", TitleFinder.stripSiteName("القوى العاملة: تسهيلات جديدة للتأشيرة", site));
    assertEquals("خبر طويل عن موضوع مهم جدا في المنطقة", TitleFinder.stripSiteName("خبر طويل عن موضوع مهم جدا في المنطقة - موقع ما", List.of()));
  }

  @Test
  void prefersThePageHeadingThatTheDeclaredTitleContains() {
    Document doc = Jsoup.parse("<title>العالم - بالفيديو: بيلوسي تمزق خطاب ترامب...</title><h4>العالم</h4>"
        + "<h2>عنوان جانبي آخر طويل</h2><h1>بالفيديو: بيلوسي تمزق خطاب ترامب</h1>");
    TitleFinder.Title t = TitleFinder.find(doc, new Meta(doc), JsonLd.NONE, List.of());
    assertEquals("بالفيديو: بيلوسي تمزق خطاب ترامب", t.text());
    assertEquals("h1", t.heading().normalName());
  }

  @Test
  void fallsBackToTheDeclaredTitleThenToTheFirstHeading() {
    Document declared = Jsoup.parse("<meta property='og:title' content='عنوان من الوسوم'><h1>رياضة</h1>");
    assertEquals("عنوان من الوسوم", TitleFinder.find(declared, new Meta(declared), JsonLd.NONE, List.of()).text());
    Document bare = Jsoup.parse("<h1>عنوان فقط</h1>");
    assertEquals("عنوان فقط", TitleFinder.find(bare, new Meta(bare), JsonLd.NONE, List.of()).text());
  }
}
