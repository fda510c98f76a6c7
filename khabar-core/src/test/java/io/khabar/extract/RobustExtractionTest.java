package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 13, each on a small page modelled on the Arabic pages where extraction failed: no single
 * structural rule may empty a page, dates come from the article's own evidence, authors are never the outlet or
 * an agency, and agency credits leave the text for the source credit.
 */
class RobustExtractionTest {
  private static final String TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين";
  private static final String P1 = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، وقالت إنها "
      + "ستبدأ تنفيذها الشهر المقبل بالتعاون مع البنوك المحلية والجمعيات الزراعية.";
  private static final String P2 = "وأوضح وزير الزراعة في مؤتمر صحفي أن الخطة تشمل قروضا ميسرة، وتوزيع بذور محسنة، "
      + "وتدريب المزارعين على أساليب الري الحديثة خلال العام الجاري.";
  private static final String P3 = "ورحب ممثلو المزارعين بالخطة، مطالبين بتسريع صرف القروض قبل بدء الموسم الزراعي، "
      + "وبمتابعة التنفيذ في القرى البعيدة عن المدن الكبرى.";
  private static final String NAV = "<nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/s'>سياسة</a></li>"
      + "<li><a href='/e'>اقتصاد</a></li></ul></nav>";

  private static ExtractedPage extract(String head, String body) {
    return new ArticleExtractor().extract("<html><head><title>" + TITLE + " - صحيفة الأيام</title>" + head
        + "</head><body>" + body + "</body></html>", "https://www.alayam.test/news/1");
  }

  private static String paragraphs(String... ps) {
    StringBuilder b = new StringBuilder();
    for (String p : ps) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.toString();
  }

  @Test
  void anArticleInAWrapperNamedLikeAnAdIsKept() {
    ExtractedPage p = extract("", NAV + "<div class='ads-wrapper'><h1>" + TITLE + "</h1>" + paragraphs(P1, P2, P3)
        + "</div><div class='ads'><a href='/x'>إعلان</a></div>");
    assertEquals(List.of(P1, P2, P3), p.paragraphs());
  }

  @Test
  void furnitureBesideTheArticleStillLeaves() {
    ExtractedPage p = extract("", NAV + "<div class='article'><h1>" + TITLE + "</h1>" + paragraphs(P1, P2, P3)
        + "<div class='share'><p>شارك هذا الخبر مع أصدقائك على مواقع التواصل الاجتماعي المختلفة اليوم</p></div>"
        + "</div>");
    assertEquals(List.of(P1, P2, P3), p.paragraphs());
  }

  @Test
  void anAspNetPageInsideOneFormHasItsTextAndNotTheHeaderBarsToday() {
    String page = "<form id='form1' method='post' action='./news.aspx'><div class='top-bar'>"
        + "<span class='today'>الأحد 6 ديسمبر 2026</span></div>" + NAV + "<div class='container'><h1>" + TITLE
        + "</h1><div id='ContentPlaceHolder1_div_story_body'>" + paragraphs(P1, P2, P3) + "</div></div></form>";
    ExtractedPage p = extract("", page);
    assertEquals(List.of(P1, P2, P3), p.paragraphs());
    assertNull(p.published(), "the header bar's today is not the article's date");
    ExtractedPage dated = extract("<meta property='article:published_time' content='2020-05-14T23:11:46Z'>", page);
    assertEquals("2020-05-14T23:11:46Z", dated.published().toString());
  }

  @Test
  void anArticleInsideAHeaderElementIsKept() {
    ExtractedPage p = extract("", "<header class='site'><a href='/'>الأيام</a>" + NAV + "</header>"
        + "<header class='rtl'><h1>" + TITLE + "</h1>" + paragraphs(P1, P2, P3) + "</header>"
        + "<footer><p>جميع الحقوق محفوظة لصحيفة الأيام ٢٠٢٠</p></footer>");
    assertEquals(List.of(P1, P2, P3), p.paragraphs());
  }

  @Test
  void aMetaAuthorThatIsTheOutletIsNoAuthor() {
    ExtractedPage p = extract("<meta name='author' content='صحيفة الأيام'>",
        "<h1>" + TITLE + "</h1>" + paragraphs(P1, P2, P3));
    assertEquals("", p.author());
    ExtractedPage host = extract("<meta name='author' content='ALAYAM'>", "<h1>" + TITLE + "</h1>"
        + paragraphs(P1, P2, P3));
    assertEquals("", host.author());
  }

  @Test
  void aBylineLosesItsLeadingTatweel() {
    ExtractedPage p = extract("", "<h1>" + TITLE + "</h1><div class='author'>ـ رقية الشهري</div>"
        + paragraphs(P1, P2, P3));
    assertEquals("رقية الشهري", p.author());
    assertEquals("رقية الشهري", AuthorFinder.clean("ـ رقية الشهري", List.of()));
    assertEquals("صابر المحلاوي", AuthorFinder.byline("كتب ـ صابر المحلاوي", List.of()));
  }

  @Test
  void anAgencyIsNeverTheAuthor() {
    ExtractedPage p = extract("<meta name='author' content='رويترز'>", "<h1>" + TITLE + "</h1>"
        + paragraphs(P1, P2, P3));
    assertEquals("", p.author());
    assertEquals("", AuthorFinder.clean("وكالة الأنباء الأردنية", List.of()));
    assertEquals("", AuthorFinder.clean("أ ف ب", List.of()));
  }

  @Test
  void aClosingAgencyCreditLeavesTheTextForTheSourceCredit() {
    ExtractedPage p = extract("", "<h1>" + TITLE + "</h1>" + paragraphs(P1, P2, P3 + " --(بترا)"));
    assertEquals(List.of(P1, P2, P3), p.paragraphs());
    assertEquals("بترا", p.originalSource());
    ExtractedPage alone = extract("", "<h1>" + TITLE + "</h1>" + paragraphs(P1, P2, P3, "(أ ف ب)"));
    assertEquals(List.of(P1, P2, P3), alone.paragraphs());
    assertEquals("أ ف ب", alone.originalSource());
  }

  @Test
  void agencyCredits() {
    assertEquals("بترا", SourceCredit.agencyAlone("--(بترا)"));
    assertEquals("واس", SourceCredit.agencyAlone("واس"));
    assertEquals("رويترز", SourceCredit.agencyAlone("(رويترز)"));
    assertEquals("", SourceCredit.agencyAlone("(القاهرة)"));
    assertEquals("البوابه نيوز", SourceCredit.of("هذا الخبر منقول من : البوابه نيوز"));
    assertArrayEquals(new String[] {"وصل الوفد إلى عمان.", "بترا"}, SourceCredit.trailingAgency("وصل الوفد إلى عمان. --(بترا)"));
    assertArrayEquals(new String[] {"وصل الوفد إلى عمان.", "أ ف ب"}, SourceCredit.trailingAgency("وصل الوفد إلى عمان. (أ ف ب)"));
    // a bracket that closes a sentence is not a credit
    assertNull(SourceCredit.trailingAgency("وقال الوزير إن الخطة ناجحة (في رأيه)"));
    assertNull(SourceCredit.trailingAgency("التقى الرئيس بوفد من وكالة الطاقة الذرية أمس."));
  }

  @Test
  void aLongRunOfShortCellsClosingTheTextIsAWidget() {
    List<String> ps = new ArrayList<>(List.of(P1, P2));
    for (int i = 0; i < 10; i++) {
      ps.add("بنك رقم " + i);
      ps.add(i + " ساعات");
    }
    ArticleBody.trimEnds(ps);
    assertEquals(List.of(P1, P2), ps);
    List<String> shortList = new ArrayList<>(List.of(P1, "محمد أحمد", "علي حسن", P2));
    ArticleBody.trimEnds(shortList);
    assertEquals(4, shortList.size());
  }

  @Test
  void aPageWithOnlyNavigationHasNoText() {
    ExtractedPage p = extract("", NAV + "<footer><a href='/'>الرئيسية</a></footer>");
    assertTrue(p.paragraphs().isEmpty(), p.paragraphs().toString());
    assertFalse(p.language().isEmpty());
  }
}
