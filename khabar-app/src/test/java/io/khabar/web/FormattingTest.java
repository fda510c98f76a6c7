package io.khabar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.khabar.web.pages.Links;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormattingTest {

  @Test
  void datesReadAsInArabicNewspapers() {
    OffsetDateTime t = OffsetDateTime.parse("2018-07-15T21:56:00+03:00");
    assertEquals("15 يوليو 2018، 21:56", ArabicDates.format(t));
    assertEquals("2018-07-15T21:56:00+03:00", ArabicDates.iso(t));
    assertEquals("1 يناير 2020، 08:05", ArabicDates.format(OffsetDateTime.parse("2020-01-01T08:05:59Z")));
  }

  @Test
  void outletKeysGetDisplayNames() {
    assertEquals("العربية", Outlets.name("alarabia"));
    assertEquals("بي بي سي عربي", Outlets.name("bbc"));
    assertEquals("سي إن إن بالعربية", Outlets.name("cnn"));
    assertEquals("فرانس 24", Outlets.name("france24"));
    assertEquals("سكاي نيوز عربية", Outlets.name("skynews"));
    assertEquals("aljazeera", Outlets.name("aljazeera"));
  }

  @Test
  void countedNounsAgreeWithTheNumber() {
    assertEquals("مقال واحد", ArabicCounts.articles(1));
    assertEquals("مقالان", ArabicCounts.articles(2));
    assertEquals("7 مقالات", ArabicCounts.articles(7));
    assertEquals("13 مقالاً", ArabicCounts.articles(13));
    assertEquals("200 مقال", ArabicCounts.articles(200));
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertEquals("https://x.example/a", Links.external(" https://x.example/a "));
    assertNull(Links.external("javascript:alert(1)"));
    assertNull(Links.external(""));
    assertEquals("/articles/a%20b%2Fc", Links.article("a b/c"));
  }

  @Test
  void paramsRejectWhatTheyCannotUse() {
    Params p = new Params(Map.of("k", "12", "bad", "1x", "d", "2018-07-15", "bd", "15/07/2018")::get);
    assertEquals(12, p.integer("k", 10, 1, 50));
    assertEquals(10, p.integer("absent", 10, 1, 50));
    assertEquals("k", assertThrows(BadParameter.class, () -> p.integer("k", 10, 1, 5)).parameter());
    assertThrows(BadParameter.class, () -> p.integer("bad", 10, 1, 50));
    assertEquals(LocalDate.of(2018, 7, 15), p.date("d"));
    assertNull(p.date("absent"));
    BadParameter e = assertThrows(BadParameter.class, () -> p.date("bd"));
    assertEquals("bd", e.parameter());
  }
}
