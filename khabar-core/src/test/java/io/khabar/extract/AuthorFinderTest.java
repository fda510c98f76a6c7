package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorFinderTest {
  private static final List<String> SITE = List.of("مصراوي.كوم", "masrawy");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"كتب - يوسف عفيفي: | يوسف عفيفي", "كتبت: منى علي | منى علي",
      "بقلم محمد حسنين هيكل | محمد حسنين هيكل", "By Lina Haddad | Lina Haddad", "Author, سالي نبيل | سالي نبيل"})
  void bylines(String line, String name) {
    assertEquals(name, AuthorFinder.byline(line, SITE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"كتب الرئيس على تويتر", "كتب - مصراوي:", "كتب: موقع مصراوي.كوم",
      "كتب - فريق كبير من المحررين والمراسلين في عدة عواصم عربية:"})
  void notBylines(String line) {
    assertEquals("", AuthorFinder.byline(line, SITE));
  }

  @Test
  void theSiteIsNeverTheAuthor() {
    assertEquals("", AuthorFinder.clean("مصراوي", SITE));
    assertEquals("", AuthorFinder.clean("https://www.facebook.com/masrawy", SITE));
    assertEquals("يوسف عفيفي", AuthorFinder.clean(" يوسف عفيفي - ", SITE));
    assertEquals("يوسف عفيفي", AuthorFinder.clean("مصراوي - يوسف عفيفي", SITE));
    assertEquals("", AuthorFinder.clean("مصراوي - القاهرة", SITE));
    assertEquals("", AuthorFinder.clean("الرياض - واس", SITE));
    assertEquals("", AuthorFinder.clean("admin", SITE));
    assertEquals("", AuthorFinder.clean("المحرر", SITE));
  }

  @Test
  void structuredAuthorsComeFirstThenBylinesThenMarkedElements() {
    Document doc = Jsoup.parse("<head><meta name='author' content='مصراوي'></head><body><div class='author'>"
        + "عمود الكاتب فلان</div><h1>العنوان الطويل للخبر</h1><span class='writer'>كتب أحمد سمير</span></body>");
    Meta meta = new Meta(doc);
    String fromElement = AuthorFinder.find(doc, meta, JsonLd.NONE, SITE, List.of(), doc.selectFirst("h1"));
    assertEquals("أحمد سمير", fromElement);
    String fromByline = AuthorFinder.find(doc, meta, JsonLd.NONE, SITE, List.of("كتب - هبة محمد:", "النص"),
        doc.selectFirst("h1"));
    assertEquals("هبة محمد", fromByline);
    JsonLd ld = new JsonLd("", "", List.of("رنا خالد"), "", "", "");
    assertEquals("رنا خالد", AuthorFinder.find(doc, meta, ld, SITE, List.of(), doc.selectFirst("h1")));
  }
}
