package io.khabar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.khabar.web.pages.Links;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormattingTest {

  @Test
  void datesReadAsInArabicNewspapers() {
    OffsetDateTime t = OffsetDateTime.parse("2018-07-15T21:56:00+03:00");
    java.time.ZoneId riyadh = SiteOptions.DEFAULT_ZONE;
    assertEquals("15 يوليو 2018، 21:56", ArabicDates.format(t, riyadh));
    assertEquals("2018-07-15T21:56:00+03:00", ArabicDates.iso(t, riyadh));
    assertEquals("1 يناير 2020، 11:05", ArabicDates.format(OffsetDateTime.parse("2020-01-01T08:05:59Z"), riyadh));
  }

  @Test
  void everyTimeIsOnOneClock() {
    java.time.ZoneId riyadh = SiteOptions.DEFAULT_ZONE;
    // 10:30 in London (+01:00) is 12:30 in Riyadh: lists no longer look out of order
    OffsetDateTime london = OffsetDateTime.parse("2018-07-16T10:30:00+01:00");
    assertEquals("16 يوليو 2018، 12:30", ArabicDates.format(london, riyadh));
    assertEquals("2018-07-16T12:30:00+03:00", ArabicDates.iso(london, riyadh));
    assertEquals("16 يوليو 2018، 09:30", ArabicDates.format(london, java.time.ZoneId.of("UTC")));
  }

  @Test
  void lastDayIsRelative() {
    java.time.ZoneId z = SiteOptions.DEFAULT_ZONE;
    java.time.Instant now = java.time.Instant.parse("2026-12-06T12:00:00Z");
    OffsetDateTime t = OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
    assertEquals("الآن", ArabicDates.display(t.minusSeconds(20), z, now));
    assertEquals("منذ دقيقة", ArabicDates.display(t.minusMinutes(1), z, now));
    assertEquals("منذ دقيقتين", ArabicDates.display(t.minusMinutes(2), z, now));
    assertEquals("منذ 5 دقائق", ArabicDates.display(t.minusMinutes(5), z, now));
    assertEquals("منذ 45 دقيقة", ArabicDates.display(t.minusMinutes(45), z, now));
    assertEquals("منذ ساعة", ArabicDates.display(t.minusMinutes(61), z, now));
    assertEquals("منذ ساعتين", ArabicDates.display(t.minusHours(2), z, now));
    assertEquals("منذ 3 ساعات", ArabicDates.display(t.minusHours(3), z, now));
    assertEquals("منذ 23 ساعة", ArabicDates.display(t.minusHours(23), z, now));
    assertEquals("5 ديسمبر 2026، 15:00", ArabicDates.display(t.minusHours(24), z, now), "a day or more: the date");
    assertEquals("6 ديسمبر 2026، 16:00", ArabicDates.display(t.plusHours(1), z, now), "the future: the date");
  }

  @Test
  void nameVariantsToggleAnInnerAlef() {
    assertTrue(NameVariants.spellings("ترامب").contains("ترمب"));
    assertTrue(NameVariants.spellings("ترمب").contains("ترامب"));
    assertFalse(NameVariants.spellings("حمد").contains("حامد"), "short Arabic names stay apart");
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
