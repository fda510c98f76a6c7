package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {
  private static final DateParser DATES = new DateParser(ZoneOffset.UTC);
  private static final String S1 = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.";
  private static final String S2 = "وقالت الوزارة إنها ستبدأ تنفيذ الخطة الشهر المقبل في ثلاث محافظات.";

  private static List<String> paragraphs(String html) {
    Element body = Jsoup.parse(html).body();
    return ArticleBody.paragraphs(body, Boilerplate::neverText, "عنوان الخبر", DATES);
  }

  @Test
  void dropsReadAlsoHeadsAndTheTitlesUnderThem() {
    assertEquals(List.of(S1, S2), paragraphs("<p>" + S1 + "</p><p>اقرأ أيضا:</p><p><a href='#'>عنوان خبر آخر</a></p>"
        + "<p>عنوان بلا رابط عن موضوع آخر</p><p>" + S2 + "</p>"));
    assertEquals(List.of(S1, S2), paragraphs("<p>" + S1 + "</p><p><b>إقرأ أيضاً:</b> <a href='#'>رابط</a></p><p>" + S2
        + "</p>"));
  }

  @Test
  void dropsTheRepeatedTitleLinkLinesAndDateLines() {
    assertEquals(List.of(S1, S2), paragraphs("<h1>عنوان الخبر</h1><p>الجمعة 13 مارس 2020 - 01:04 م</p><p>" + S1
        + "</p><p><a href='#'>رابط طويل إلى موضوع آخر تماما</a></p><p>" + S2 + "</p>"));
  }

  @Test
  void dateLinesAreLabelsNotSentences() {
    assertTrue(ArticleBody.isDateLine("10 مايو/ أيار 2023", DATES));
    assertTrue(ArticleBody.isDateLine("تاريخ النشر : الأحد - pm 01:55 | 2020-06-21", DATES));
    assertFalse(ArticleBody.isDateLine("وكان الرئيس قد زار القاهرة في 5 مايو 2023 لبحث الملف", DATES));
    assertFalse(ArticleBody.isDateLine("العدد : 1234", DATES));
  }

  @Test
  void trimsFramingLinesButKeepsSubheads() {
    List<String> p = new ArrayList<>(List.of("Role, مراسل - القاهرة", S1, "السعودية", S2, "تابعونا على"));
    ArticleBody.trimEnds(p);
    assertEquals(List.of(S1, "السعودية", S2), p);
  }
}
