package io.khabar.store.lucene;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import io.khabar.search.Snippet;
import io.khabar.testing.Tokens;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over a small store of Arabic articles, written once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneSearchIT {
  private LuceneStore store;

  static final List<Article> ARTICLES = List.of(
      article("s01").source("aljazeera").at("2024-01-10T12:00").title("الرئيس الصيني يدعو إلى علاقات وثيقة مع روسيا")
          .text("أعلن الرئيس الصيني شي جين بينغ الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده، ودعا إلى تعاون ثنائي أعمق خلال اجتماع مع رئيس الوزراء الروسي ميخائيل ميشوستين في بكين.").build(),
      article("s02").source("bbc").at("2024-01-11T12:00").title("موسكو تعلن إسقاط طائرات مسيرة")
          .text("أعلنت وزارة الدفاع الروسية، اليوم الاثنين، أن أنظمتها الدفاعية الجوية دمرت 36 طائرة مسيرة، أطلقتها أوكرانيا على ثلاث مناطق متاخمة لها.").build(),
      article("s03").source("alarabiya").at("2024-01-12T12:00").title("افتتاح مستشفى جديد في الرياض")
          .text("افتتحت وزارة الصحة مستشفى جديدا في مدينة الرياض يضم مئتي سرير ويخدم الأحياء الشمالية.").build(),
      article("s04").source("aljazeera").at("2024-01-13T12:00").title("مدرسة جديدة للبنات في عمان")
          .text("افتتحت الحكومة مدرسة جديدة للبنات في العاصمة عمان بحضور وزير التربية.").build(),
      article("s05").source("bbc").at("2024-01-13T23:30").title("الأمم المتحدة تحذر من المجاعة في غزة")
          .text("قال مسؤول في الأمم المتحدة إن سكان غزة يواجهون خطر المجاعة مع استمرار الحرب ونقص المساعدات.").build(),
      article("s06").source("rt").at("2024-01-14T00:00").title("زيلينسكي يطلب إذن واشنطن لقصف المطارات")
          .text("طلب الرئيس الأوكراني فولوديمير زيلينسكي إذن واشنطن لقصف المطارات العسكرية في العمق الروسي.").build(),
      article("s07").source("alarabiya").at("2024-01-15T12:00").title("ارتفاع أسعار النفط في الأسواق العالمية")
          .text("ارتفعت أسعار النفط الخام في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج.").build(),
      article("s08").source("bbc").at("2024-01-16T12:00").title("الهلال يفوز على النصر في الدوري")
          .text("فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة مثيرة ضمن الدوري السعودي لكرة القدم.").build(),
      article("s09").source("aljazeera").at("2024-01-17T12:00").title("موجة برد تضرب لبنان")
          .text("تشهد لبنان موجة برد قارس وتساقطا للثلوج على المرتفعات، وحذرت الأرصاد من الصقيع.").build(),
      article("s10").source("rt").at("2024-01-18T12:00").title("مهرجان للموسيقى في القاهرة")
          .text("تنطلق في القاهرة فعاليات مهرجان الموسيقى العربية بمشاركة فنانين من عدة دول.").build(),
      article("s11").source("alarabiya").at("2024-01-19T12:00").title("البحرين تستضيف مؤتمرا اقتصاديا")
          .text("تستضيف البحرين مؤتمرا اقتصاديا دوليا لبحث فرص الاستثمار في المنطقة.").build(),
      article("s12").source("bbc").at("2024-01-20T12:00").title("وزير الخارجية الروسي يزور بكين")
          .text("وصل وزير الخارجية الروسي سيرغي لافروف إلى بكين في زيارة رسمية لبحث العلاقات الثنائية مع الصين.").build(),
      article("s13").source("aljazeera").at("2024-01-21T12:00").title("انتخابات بلدية في تونس")
          .text("توجه الناخبون في تونس إلى صناديق الاقتراع لاختيار أعضاء المجالس البلدية.").build(),
      article("s14").source("rt").at("2024-01-22T12:00").title("إطلاق قمر صناعي عربي")
          .text("أطلقت وكالة الفضاء قمرا صناعيا عربيا جديدا لرصد الطقس والمناخ.").build(),
      article("s15").source("bbc").title("خبر بلا تاريخ عن روسيا")
          .text("خبر قديم عن روسيا لا يحمل تاريخ نشر.").build());

  @BeforeAll
  void writeStore(@TempDir Path dir) throws IOException {
    store = LuceneStore.open(dir.resolve("index"));
    for (Article a : ARTICLES) {
      store.put(a);
    }
    store.commit();
  }

  @AfterAll
  void closeStore() throws IOException {
    store.close();
  }

  private SearchPage search(SearchQuery q) throws IOException {
    return store.search(q);
  }

  private static List<String> ids(SearchPage page) {
    return page.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void findsAWordInTheText() throws IOException {
    SearchPage page = search(SearchQuery.of("ميشوستين"));
    assertEquals(List.of("s01"), ids(page));
    assertEquals(1, page.total());
  }

  @Test
  void findsAWordTypedWithoutHamza() throws IOException {
    assertEquals(List.of("s05"), ids(search(SearchQuery.of("الامم"))));
    assertEquals(List.of("s05"), ids(search(SearchQuery.of("مسوول"))));
    assertEquals(ids(search(SearchQuery.of("أسعار"))), ids(search(SearchQuery.of("اسعار"))));
    assertEquals(List.of("s07"), ids(search(SearchQuery.of("اسعار"))));
  }

  @Test
  void findsAWordWithTehMarbutaAndHehSwapped() throws IOException {
    assertEquals(List.of("s04"), ids(search(SearchQuery.of("مدرسه"))));
    assertEquals(List.of("s04"), ids(search(SearchQuery.of("العاصمه"))));
  }

  @Test
  void findsAWordWithAlefMaksuraAndYehSwapped() throws IOException {
    assertEquals(List.of("s03"), ids(search(SearchQuery.of("مستشفي"))));
    assertEquals(List.of("s10"), ids(search(SearchQuery.of("الموسيقي"))));
  }

  @Test
  void findsRootWawWordsAndNamesWhole() throws IOException {
    assertEquals(List.of("s06"), ids(search(SearchQuery.of("واشنطن"))));
    assertEquals(List.of("s09"), ids(search(SearchQuery.of("لبنان"))));
    assertEquals(Set.of("s04", "s12"), Set.copyOf(ids(search(SearchQuery.of("الوزير")))));
  }

  @Test
  void allWordsAreRequiredWhenSomethingMatchesThemAll() throws IOException {
    assertEquals(List.of("s12"), ids(search(SearchQuery.of("لافروف بكين"))));
  }

  @Test
  void anyWordDoesWhenNothingMatchesThemAll() throws IOException {
    Set<String> found = Set.copyOf(ids(search(SearchQuery.of("لافروف النفط"))));
    assertEquals(Set.of("s07", "s12"), found);
  }

  @Test
  void sourceFilter() throws IOException {
    SearchPage page = search(SearchQuery.of("روسيا").withSource("bbc"));
    assertFalse(page.hits().isEmpty());
    assertTrue(page.hits().stream().allMatch(h -> h.source().equals("bbc")), page.hits()::toString);
    assertTrue(ids(search(SearchQuery.of("روسيا"))).contains("s01"));
    assertFalse(ids(page).contains("s01"));
  }

  @Test
  void dateRangeIncludesBothEnds() throws IOException {
    SearchPage page = search(SearchQuery.of("").withDates(LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 13)));
    assertEquals(Set.of("s02", "s03", "s04", "s05"), Set.copyOf(ids(page))); // s05 at 23:30 on the 13th
    assertEquals(4, page.total());
  }

  @Test
  void dateRangeExcludesTheNextMidnightAndUndatedArticles() throws IOException {
    Set<String> found = Set.copyOf(ids(search(SearchQuery.of("").withDates(LocalDate.of(2024, 1, 14), null).withPage(0, 100))));
    assertTrue(found.contains("s06"));
    assertFalse(found.contains("s05"));
    assertFalse(found.contains("s15"));
    assertEquals(9, found.size());
  }

  @Test
  void dateRangeWithText() throws IOException {
    SearchQuery q = SearchQuery.of("روسيا").withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10));
    assertEquals(List.of("s01"), ids(search(q)));
  }

  @Test
  void newestSortOrdersByDate() throws IOException {
    SearchPage page = search(SearchQuery.of("الروسي").withSort(SearchQuery.Sort.NEWEST));
    List<String> ids = ids(page);
    assertTrue(ids.size() >= 3, ids::toString);
    for (int i = 1; i < page.hits().size(); i++) {
      var before = page.hits().get(i - 1).published();
      var after = page.hits().get(i).published();
      assertTrue(after == null || !after.isAfter(before), ids::toString);
    }
    assertEquals("s12", ids.get(0));
  }

  @Test
  void snippetMarksTheMatchedWords() throws IOException {
    SearchHit hit = search(SearchQuery.of("وثيقه")).hits().get(0);
    assertEquals("s01", hit.id());
    String queryTerm = Tokens.one(KhabarAnalyzer.create(), "وثيقه");
    List<Snippet.Segment> hits = hit.snippet().segments().stream().filter(Snippet.Segment::hit).toList();
    assertFalse(hits.isEmpty(), hit.snippet()::toString);
    for (Snippet.Segment s : hits) {
      assertEquals(List.of(queryTerm), Tokens.of(KhabarAnalyzer.create(), s.text()), s.text());
    }
    assertTrue(hit.snippet().text().contains("علاقات وثيقة مع روسيا"), hit.snippet().text());
    assertTrue(hit.titleSnippet().segments().stream().anyMatch(s -> s.hit() && s.text().equals("وثيقة")),
        hit.titleSnippet()::toString);
  }

  @Test
  void snippetOfATitleWithoutHitIsTheTitle() throws IOException {
    SearchHit hit = search(SearchQuery.of("ميشوستين")).hits().get(0);
    assertEquals("الرئيس الصيني يدعو إلى علاقات وثيقة مع روسيا", hit.titleSnippet().text());
    assertTrue(hit.titleSnippet().segments().stream().noneMatch(Snippet.Segment::hit));
    assertTrue(hit.snippet().segments().stream().anyMatch(s -> s.hit() && s.text().equals("ميشوستين")));
  }

  @Test
  void emptyQueryReturnsNewestFirst() throws IOException {
    SearchPage page = search(SearchQuery.of("").withPage(0, 3));
    assertEquals(List.of("s14", "s13", "s12"), ids(page));
    assertEquals(ARTICLES.size(), page.total());
  }

  @Test
  void paging() throws IOException {
    assertEquals(List.of("s11", "s10"), ids(search(SearchQuery.of("").withPage(3, 2))));
    assertEquals(List.of(), ids(search(SearchQuery.of("").withPage(100, 10))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"على إلى في", "من عن الى", "!!! ؟؟ ...", "،", "\"\""})
  void stopwordsOrPunctuationOnlyFindNothing(String text) {
    SearchPage page = assertDoesNotThrow(() -> search(SearchQuery.of(text)));
    assertEquals(0, page.total());
    assertEquals(List.of(), page.hits());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unbalanced", "((", "-", "*", "روسيا)", "\"روسيا", "|", "+", "~", "روسيا~2", "-روسيا", "\\",
      "AND OR NOT", "title:روسيا", "[1 TO 2]", "{}", "روس*", "\"\"\"", "((روسيا | الصين) -\"وثيقة"})
  void hostileQuerySyntaxNeverThrows(String text) {
    SearchPage page = assertDoesNotThrow(() -> search(SearchQuery.of(text)));
    assertTrue(page.total() >= page.hits().size());
  }

  @Test
  void phraseAndExclusionWork() throws IOException {
    assertEquals(List.of("s01"), ids(search(SearchQuery.of("\"علاقات وثيقة\""))));
    List<String> withoutChina = ids(search(SearchQuery.of("روسيا -الصيني").withPage(0, 100)));
    assertFalse(withoutChina.contains("s01"));
    assertTrue(withoutChina.contains("s15"));
  }
}
