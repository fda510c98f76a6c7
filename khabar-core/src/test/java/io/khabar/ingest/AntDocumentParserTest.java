package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AntDocumentParserTest {
  private final AntDocumentParser parser = new AntDocumentParser();

  static String doc(String docno, String time, String text) {
    return "<DOC>\n"
        + (docno == null ? "" : "<DOCNO>" + docno + "</DOCNO>\n")
        + "<URL>https://www.aljazeera.net/news/2018/4/15/china-russia</URL>\n"
        + "<SRC>AlJazeera</SRC>\n"
        + "<CAT>Politics</CAT>\n"
        + "<TITLE>الصين: العلاقات مع روسيا خيار إستراتيجي</TITLE>\n"
        + (time == null ? "" : "<TIME>" + time + "</TIME>\n")
        + "<AUTHOR>الجزيرة نت</AUTHOR>\n"
        + "<ABSTRACT>شي يدعو إلى تعاون أعمق</ABSTRACT>\n"
        + "<TEXT>" + text + "</TEXT>\n"
        + "</DOC>\n";
  }

  static final String TEXT = "\n  أعلن الرئيس الصيني شي جين بينغ الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده.  \n\n"
      + "وأضاف شي أنه يتعين على البلدين تضخيم الآثار الإيجابية لعلاقاتهما السياسية & تعميق تعاونهما <مصدر>.\n";

  @Test
  void readsEveryField() throws Exception {
    Article a = parser.parse(doc("AJ-0001-20180415", "Sun, 15 Apr 2018 10:30:00 +0400", TEXT));
    assertEquals("AJ-0001-20180415", a.id());
    assertEquals("https://www.aljazeera.net/news/2018/4/15/china-russia", a.url());
    assertEquals("aljazeera", a.source()); // outlets are lower-cased
    assertEquals("Politics", a.category());
    assertEquals("الصين: العلاقات مع روسيا خيار إستراتيجي", a.title());
    assertEquals("الجزيرة نت", a.author());
    assertEquals(OffsetDateTime.of(2018, 4, 15, 10, 30, 0, 0, ZoneOffset.ofHours(4)), a.published());
  }

  @Test
  void keepsParagraphsOnePerLineWithoutBlankLines() throws Exception {
    Article a = parser.parse(doc("AJ-0001-20180415", "Sun, 15 Apr 2018 10:30:00 +0400", TEXT));
    assertEquals("أعلن الرئيس الصيني شي جين بينغ الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده.\n"
        + "وأضاف شي أنه يتعين على البلدين تضخيم الآثار الإيجابية لعلاقاتهما السياسية & تعميق تعاونهما <مصدر>.", a.text());
  }

  @Test
  void readsGmtTime() throws Exception {
    Article a = parser.parse(doc("AJ-0001-20180415", "Sun, 15 Apr 2018 06:30:00 GMT", TEXT));
    assertEquals(OffsetDateTime.of(2018, 4, 15, 6, 30, 0, 0, ZoneOffset.UTC), a.published());
  }

  @Test
  void plusFourAndGmtFormsOfOneInstantAreEqual() throws Exception {
    Article local = parser.parse(doc("AJ-1-20180415", "Sun, 15 Apr 2018 10:30:00 +0400", TEXT));
    Article gmt = parser.parse(doc("AJ-1-20180415", "Sun, 15 Apr 2018 06:30:00 GMT", TEXT));
    assertEquals(local.published().toInstant(), gmt.published().toInstant());
  }

  @Test
  void unparsableTimeFallsBackToTheDocnoDate() throws Exception {
    Article a = parser.parse(doc("AJ-0001-20180415", "الأحد 15 أبريل", TEXT));
    assertEquals(OffsetDateTime.of(2018, 4, 15, 0, 0, 0, 0, ZoneOffset.UTC), a.published());
  }

  @Test
  void missingTimeFallsBackToTheDocnoDate() throws Exception {
    Article a = parser.parse(doc("BBC-77-20170102", null, TEXT));
    assertEquals(OffsetDateTime.of(2017, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC), a.published());
  }

  @Test
  void noUsableTimeAndNoDocnoDateGivesNoDate() throws Exception {
    assertNull(parser.parse(doc("BBC-77", "garbage", TEXT)).published());
    assertNull(parser.parse(doc("BBC-77-20171302", "garbage", TEXT)).published()); // month 13
  }

  @Test
  void missingDocnoIsRejectedAtTheDocLine() {
    BadRecordException e = assertThrows(BadRecordException.class, () -> parser.parse("\n\n" + doc(null, null, TEXT)));
    assertTrue(e.getMessage().contains("DOCNO"), e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void blankDocnoIsRejected() {
    BadRecordException e = assertThrows(BadRecordException.class, () -> parser.parse(doc("   ", null, TEXT)));
    assertTrue(e.getMessage().contains("DOCNO"), e.getMessage());
  }

  @Test
  void truncatedDocumentIsRejected() {
    String full = doc("AJ-0001-20180415", "Sun, 15 Apr 2018 10:30:00 +0400", TEXT);
    String cut = full.substring(0, full.indexOf("وأضاف"));
    BadRecordException e = assertThrows(BadRecordException.class, () -> parser.parse(cut));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertEquals(cut.split("\n", -1).length, e.line()); // reported at the last line read
  }

  @Test
  void emptyTextIsRejected() {
    BadRecordException e = assertThrows(BadRecordException.class, () -> parser.parse(doc("AJ-1-20180415", null, "  \n \n")));
    assertEquals("empty text", e.getMessage());
    assertEquals(9, e.line()); // <TEXT> is on line 9 of the document (no TIME line)
  }

  @Test
  void missingTextIsRejected() {
    String noText = doc("AJ-1-20180415", null, TEXT).replaceAll("(?s)<TEXT>.*</TEXT>\n", "");
    assertThrows(BadRecordException.class, () -> parser.parse(noText));
  }

  @Test
  void emptyOrNonAntInputIsRejected() {
    assertThrows(BadRecordException.class, () -> parser.parse(""));
    assertThrows(BadRecordException.class, () -> parser.parse("{\"id\": \"x\"}"));
  }
}
