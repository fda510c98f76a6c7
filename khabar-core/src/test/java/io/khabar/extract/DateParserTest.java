package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private final DateParser utc = new DateParser(ZoneOffset.UTC);

  private String parse(String text) {
    return utc.parse(text).map(OffsetDateTime::toString).orElse("none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // machine formats
      "2020-03-13T12:57:00+02:00 | 2020-03-13T12:57+02:00",
      "2020-03-13T12:57:00 | 2020-03-13T12:57Z",
      "2020-03-13T12:57:00.000Z | 2020-03-13T12:57Z",
      "2024-09-18 | 2024-09-18T00:00Z",
      "Fri, 13 Mar 2020 12:57:00 +0200 | 2020-03-13T12:57+02:00",
      "4/25/2020 12:31:37 PM | 2020-04-25T12:31:37Z",
      "6/2/2020 2:05:47 PM | 2020-06-02T14:05:47Z",
      "06/02/2020 14:05 | 2020-02-06T14:05Z",
      // Egypt and the Gulf
      "الجمعة 13 مارس 2020 | 2020-03-13T00:00Z",
      "01:04 م - الجمعة 13 مارس 2020 | 2020-03-13T13:04Z",
      "الإثنين 16/مارس/2020 - 12:31 م | 2020-03-16T12:31Z",
      "12:31 ص السبت 25 أبريل 2020 | 2020-04-25T00:31Z",
      "السبت 25 إبريل 2020 | 2020-04-25T00:00Z",
      "الجمعة، ٠٥ مايو ٢٠٢٣ ٠٣:١٥ م | 2023-05-05T15:15Z",
      "5 يونيه 2021 | 2021-06-05T00:00Z",
      // the Levant and Iraq, alone and beside the other name
      "الثلاثاء, 02 حزيران/يونيو 2020 16:29 | 2020-06-02T16:29Z",
      "أدرج يـوم : الثلاثاء, 02 حزيران/يونيو 2020 16:29 | 2020-06-02T16:29Z",
      "السبت، 26 أيلول (سبتمبر) 2020 20:05 | 2020-09-26T20:05Z",
      "14 أيار 2024 | 2024-05-14T00:00Z",
      "3 شباط 2022 | 2022-02-03T00:00Z",
      "9 تشرين الثاني 2024 - 10:45 ص | 2024-11-09T10:45Z",
      "1 تشرين الأول 2023 | 2023-10-01T00:00Z",
      "20 كانون الثاني 2021 | 2021-01-20T00:00Z",
      "31 كانون الأول 2021 | 2021-12-31T00:00Z",
      "7 آب 2019 | 2019-08-07T00:00Z",
      "15 آذار 2018 | 2018-03-15T00:00Z",
      // the Maghreb
      "الأحد 12 جانفي 2025 - 18:20 | 2025-01-12T18:20Z",
      "3 فيفري 2022 | 2022-02-03T00:00Z",
      "10 أفريل 2021 | 2021-04-10T00:00Z",
      "5 جويلية 2020 | 2020-07-05T00:00Z",
      "20 أوت 2019 | 2019-08-20T00:00Z",
      "8 ماي 2023 | 2023-05-08T00:00Z",
      "30 جوان 2023 | 2023-06-30T00:00Z",
      "12 يوليوز 2022 | 2022-07-12T00:00Z",
      "2 غشت 2022 | 2022-08-02T00:00Z",
      "9 شتنبر 2022 | 2022-09-09T00:00Z",
      "25 دجنبر 2022 | 2022-12-25T00:00Z",
      // Hijri only (Umm al-Qura), written and numeric
      "الأربعاء ١٥ ربيع الأول ١٤٤٦ هـ | 2024-09-18T00:00Z",
      "1 رمضان 1445 هـ | 2024-03-11T00:00Z",
      "1446/03/15 هـ | 2024-09-18T00:00Z",
      // both calendars: the Gregorian date wins, the time is read
      "الثلاثاء 11 شوال 1441 هـ - 2 يونيو 2020 م الساعة 08:14 م | 2020-06-02T20:14Z",
      "الإثنين 3 رجب 1445هـ الموافق 15 يناير 2024م | 2024-01-15T00:00Z",
      "17 رجب 1445هـ | 2024-01-29T00:00Z",
      // English and French
      "March 13, 2020 at 4:05 pm GMT+2 | 2020-03-13T16:05+02:00",
      "13 March 2020 | 2020-03-13T00:00Z",
      "le 5 janvier 2021 à 10:30 | 2021-01-05T10:30Z",
      // numeric, day first unless impossible
      "05/02/2020 | 2020-02-05T00:00Z",
      "13.03.2020 | 2020-03-13T00:00Z",
      "2020/3/13 | 2020-03-13T00:00Z",
      "12:00 بتوقيت غرينتش 1 مايو 2020 | 2020-05-01T12:00Z"})
  void readsDates(String text, String expected) {
    assertEquals(expected, parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "منذ ساعتين", "اليوم", "32 مارس 2020", "30 فبراير 2021", "20.09.26", "قبل 5 دقائق",
      "+00:00", "العدد 1234", "مارس", "15 رمضان", "ربيع الأول 1446", "1 يناير 1066"})
  void readsNoDateWhereThereIsNone(String text) {
    assertEquals("none", parse(text));
  }

  @Test
  void readsATimeWrittenBeforeItsMeridiemAndAfterTheDate() {
    assertEquals("2020-06-21T13:55Z", parse("تاريخ النشر : الأحد - pm  01:55  | 2020-06-21"));
  }

  @Test
  void longTextsAreNotDates() {
    assertEquals("none", parse("كلام ".repeat(100) + " 13 مارس 2020"));
  }

  @Test
  void aTextWithoutZoneIsReadInTheDefaultZone() {
    DateParser beirut = new DateParser(ZoneId.of("Asia/Beirut"));
    assertEquals("2020-01-13T12:57+02:00", beirut.parse("2020-01-13T12:57:00").orElseThrow().toString());
    assertEquals("2020-07-13T12:57+03:00", beirut.parse("13 تموز 2020 12:57").orElseThrow().toString());
    assertEquals("2020-03-13T12:57+01:00", beirut.parse("2020-03-13T12:57:00+01:00").orElseThrow().toString());
  }

  @Test
  void arabicIndicAndPersianDigitsAreDigits() {
    assertTrue(utc.parse("١٣ مارس ٢٠٢٠").isPresent());
    assertEquals(parse("13 مارس 2020"), parse("۱۳ مارس ۲۰۲۰"));
  }
}
