package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final String PAGE = "<html><head><title>عنوان الخبر الرئيسي اليوم - موقع</title></head><body><h1>عنوان الخبر الرئيسي اليوم</h1>"
      + "<div class='meta'>13 مارس 2020 - 10:00 ص</div><div class='text'><img src='/img/logo.png'>"
      + "<img src='data:image/png;base64,AAAA'><img src='/img/2020/photo.jpg'><p>أعلنت الحكومة اليوم عن خطة جديدة"
      + " لدعم المزارعين في المناطق الريفية، وقالت إنها ستبدأ تنفيذها الشهر المقبل.</p></div></body></html>";

  @Test
  void theLeadImageFallsBackToTheFirstPictureOfTheText() {
    ExtractedPage p = new ArticleExtractor().extract(PAGE, "https://news.test/a/1");
    assertEquals("https://news.test/img/2020/photo.jpg", p.imageUrl());
  }

  @Test
  void datesWithoutZoneAreReadInTheExtractorsZone() {
    assertEquals("2020-03-13T10:00Z", new ArticleExtractor().extract(PAGE, "").published().toString());
    assertEquals("2020-03-13T10:00+02:00",
        new ArticleExtractor(ZoneId.of("Asia/Beirut")).extract(PAGE, "").published().toString());
  }

  @Test
  void theTextIsOneParagraphPerLine() {
    ExtractedPage p = new ArticleExtractor().extract("<p>" + "جملة طويلة بما يكفي لتكون فقرة من النص. ".repeat(3)
        + "</p><p>" + "وجملة ثانية طويلة بما يكفي لتكون فقرة أخرى. ".repeat(3) + "</p>", "");
    assertEquals(2, p.paragraphs().size());
    assertEquals(String.join("\n", p.paragraphs()), p.text());
  }

  @Test
  void aTimeElementOfAnotherStoryIsNotTheArticlesDate() {
    String html = "<html><head><title>عنوان الخبر الرئيسي اليوم</title></head><body><aside><ul><li><a href='#'>خبر"
        + " آخر</a><time datetime='2019-01-01T08:00:00Z'>1 يناير 2019</time></li></ul></aside><div id='story'>"
        + "<h1>عنوان الخبر الرئيسي اليوم</h1><time datetime='2020-03-13T10:00:00+03:00'>13 مارس 2020</time>"
        + "<div class='text'><p>أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، وقالت إنها"
        + " ستبدأ تنفيذها الشهر المقبل.</p></div></div></body></html>";
    assertEquals("2020-03-13T10:00+03:00", new ArticleExtractor().extract(html, "").published().toString());
  }
}
