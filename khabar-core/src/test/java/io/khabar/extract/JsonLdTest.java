package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  @Test
  void readsTheArticleInsideAGraph() {
    JsonLd ld = JsonLd.parse("""
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"موقع"},
         {"@type":["NewsArticle"],"headline":"عنوان &quot;الخبر&quot;","datePublished":"2024-09-18T14:32:10+03:00",
          "author":[{"@type":"Person","name":"منى يوسف"},{"@type":"Organization","name":"الموقع"}],
          "publisher":{"@type":"Organization","name":"الموقع"},"image":[{"url":"https://x.test/a.jpg"}],
          "mainEntityOfPage":{"@id":"https://x.test/news/1"},"inLanguage":"ar"}]}""");
    assertEquals("عنوان \"الخبر\"", ld.headline());
    assertEquals("2024-09-18T14:32:10+03:00", ld.datePublished());
    assertEquals(List.of("منى يوسف"), ld.authors());
    assertEquals("الموقع", ld.publisher());
    assertEquals("https://x.test/a.jpg", ld.image());
    assertEquals("https://x.test/news/1", ld.url());
  }

  @Test
  void readsCarelessJson() {
    JsonLd ld = JsonLd.parse("{\"@type\": \"Article\", \"headline\": \"سطر\nوسطر\", \"author\": \"سارة\",}");
    assertEquals("سطر وسطر", ld.headline());
    assertEquals(List.of("سارة"), ld.authors());
  }

  @Test
  void skipsWhatIsNotAnArticleOrCannotBeRead() {
    assertSame(JsonLd.NONE, JsonLd.parse("{\"@type\":\"Organization\",\"name\":\"x\"}"));
    assertSame(JsonLd.NONE, JsonLd.parse("{not json"));
    assertSame(JsonLd.NONE, JsonLd.parse("[" .repeat(5000)));
    String page = "<script type='application/ld+json'>{broken</script>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"ثاني\"}</script>";
    assertEquals("ثاني", JsonLd.of(Jsoup.parse(page)).headline());
  }
}
