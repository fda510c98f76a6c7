package io.khabar.relate;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.testing.Tokens;
import io.khabar.text.KhabarAnalyzer;
import io.khabar.text.TextFingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related articles over a store of 20 articles: one event (US-UK strikes on Yemen) told by four outlets plus an exact
 * copy, a pair of mirrored oil stories that differ only in date, and unrelated news.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedFinderIT {
  static final String Y1_TEXT = "أدانت وزارة الخارجية الروسية الضربات الجوية التي شنتها الولايات المتحدة وبريطانيا على مواقع الحوثيين في اليمن، "
      + "ووصفتها بأنها انتهاك صارخ للقانون الدولي. ودعت موسكو إلى عقد جلسة طارئة لمجلس الأمن لبحث الضربات على اليمن.";

  static final List<Article> ARTICLES = List.of(
      // one event, four outlets
      article("y1").source("aljazeera").at("2024-01-12T10:00").title("روسيا تدين الضربات الامريكية البريطانية على اليمن").text(Y1_TEXT).build(),
      article("y2").source("rt").at("2024-01-12T14:00").title("روسيا تدين العدوان الامريكي البريطاني على اليمن")
          .text("نددت موسكو بالعدوان الأمريكي البريطاني على اليمن، وطالبت بعقد جلسة عاجلة لمجلس الأمن الدولي لبحث الضربات التي استهدفت مواقع الحوثيين في صنعاء والحديدة.").build(),
      article("y3").source("bbc").at("2024-01-13T09:00").title("مجلس الأمن يعقد جلسة طارئة بشأن الضربات على اليمن")
          .text("عقد مجلس الأمن الدولي جلسة طارئة بطلب من روسيا لبحث الضربات الأمريكية والبريطانية على مواقع الحوثيين في اليمن. وقال المندوب الروسي إن الضربات انتهاك صارخ للقانون الدولي.").build(),
      article("y4").source("alarabiya").at("2024-01-12T18:00").title("الحوثيون يتوعدون بالرد على الضربات الأمريكية البريطانية")
          .text("توعدت جماعة الحوثيين بالرد على الضربات الأمريكية والبريطانية التي استهدفت مواقع في صنعاء والحديدة، وقالت إن الهجمات لن تمر دون عقاب. وأدانت روسيا الضربات على اليمن.").build(),
      // an exact copy of y1 under another id
      article("y1-copy").source("skynews").at("2024-01-12T11:00").title("روسيا تدين الضربات الامريكية البريطانية على اليمن").text(Y1_TEXT).build(),
      // the oil story, and two mirrored follow-ups that differ only in date (and in words no other oil story has)
      article("oil").source("alarabiya").at("2024-03-01T12:00").title("أوبك تقرر خفض إنتاج النفط")
          .text("قررت منظمة أوبك وحلفاؤها خفض إنتاج النفط الخام مليون برميل يوميا لدعم الأسعار في الأسواق العالمية.").build(),
      article("z-oil-near").source("bbc").at("2024-03-02T12:00").title("النفط ومصارف لندن الأوروبية")
          .text("قررت منظمة أوبك خفض إنتاج النفط الخام لدعم الأسعار. وقال محللون في لندن إن المصارف الأوروبية تتوقع موجة تضخم جديدة.").build(),
      article("a-oil-far").source("bbc").at("2024-04-15T12:00").title("النفط وشركات طوكيو الآسيوية")
          .text("قررت منظمة أوبك خفض إنتاج النفط الخام لدعم الأسعار. وقال محللون في طوكيو إن الشركات الآسيوية تتوقع موجة ركود جديدة.").build(),
      article("london").source("rt").at("2024-02-01T12:00").title("المصارف الأوروبية في لندن")
          .text("وقال محللون في لندن إن المصارف الأوروبية تتوقع موجة تضخم جديدة هذا العام بسبب الفائدة.").build(),
      article("tokyo").source("rt").at("2024-02-01T12:00").title("الشركات الآسيوية في طوكيو")
          .text("وقال محللون في طوكيو إن الشركات الآسيوية تتوقع موجة ركود جديدة هذا العام بسبب الفائدة.").build(),
      article("fuel").source("aljazeera").at("2024-03-03T12:00").title("مصر ترفع أسعار البنزين")
          .text("رفعت الحكومة المصرية أسعار البنزين والسولار للمرة الثانية هذا العام بسبب ارتفاع النفط.").build(),
      // unrelated news
      article("china").source("aljazeera").at("2024-01-10T12:00").title("الرئيس الصيني يدعو إلى علاقات وثيقة مع روسيا")
          .text("أعلن الرئيس الصيني شي جين بينغ الأربعاء أن الحفاظ على علاقات وثيقة مع روسيا تعد خيارا إستراتيجيا لبلاده، ودعا إلى تعاون ثنائي أعمق.").build(),
      article("drones").source("bbc").at("2024-01-15T12:00").title("موسكو تعلن إسقاط طائرات مسيرة")
          .text("أعلنت وزارة الدفاع الروسية أن أنظمتها الدفاعية الجوية دمرت 36 طائرة مسيرة أطلقتها أوكرانيا على ثلاث مناطق.").build(),
      article("zelensky").source("rt").at("2024-01-14T12:00").title("زيلينسكي يطلب إذن واشنطن لقصف المطارات العسكرية في العمق الروسي")
          .text("طلب الرئيس الأوكراني فولوديمير زيلينسكي إذن واشنطن لقصف المطارات العسكرية في العمق الروسي.").build(),
      article("football").source("bbc").at("2024-01-16T12:00").title("الهلال يفوز على النصر في الدوري")
          .text("فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة مثيرة ضمن الدوري السعودي لكرة القدم.").build(),
      article("lebanon").source("aljazeera").at("2024-01-17T12:00").title("موجة برد تضرب لبنان")
          .text("تشهد لبنان موجة برد قارس وتساقطا للثلوج على المرتفعات، وحذرت الأرصاد من الصقيع.").build(),
      article("music").source("rt").at("2024-01-18T12:00").title("مهرجان للموسيقى في القاهرة")
          .text("تنطلق في القاهرة فعاليات مهرجان الموسيقى العربية بمشاركة فنانين من عدة دول.").build(),
      article("bahrain").source("alarabiya").at("2024-01-19T12:00").title("البحرين تستضيف مؤتمرا اقتصاديا")
          .text("تستضيف البحرين مؤتمرا اقتصاديا دوليا لبحث فرص الاستثمار في المنطقة.").build(),
      article("tunisia").source("aljazeera").at("2024-01-21T12:00").title("انتخابات بلدية في تونس")
          .text("توجه الناخبون في تونس إلى صناديق الاقتراع لاختيار أعضاء المجالس البلدية.").build(),
      article("gaza").source("bbc").at("2024-01-13T23:30").title("الأمم المتحدة تحذر من المجاعة في غزة")
          .text("قال مسؤول في الأمم المتحدة إن سكان غزة يواجهون خطر المجاعة مع استمرار الحرب على القطاع ونقص المساعدات.").build());

  private LuceneStore store;
  private RelatedFinder finder;
  private final ListRules rules = new ListRules(RelatedConfig.defaults());

  @BeforeAll
  void writeStore(@TempDir Path dir) throws IOException {
    store = LuceneStore.open(dir.resolve("index"));
    for (Article a : ARTICLES) {
      store.put(a);
    }
    store.commit();
    finder = new RelatedFinder(store, KhabarAnalyzer.create(), RelatedConfig.defaults());
  }

  @AfterAll
  void closeStore() throws IOException {
    store.close();
  }

  private Related related(String id) throws IOException {
    return finder.related(id, 10).orElseThrow();
  }

  /** The read-also (if any) followed by the similar list. */
  private static List<Related.Entry> everyEntry(Related r) {
    List<Related.Entry> all = new ArrayList<>();
    if (r.readAlso() != null) {
      all.add(r.readAlso());
    }
    all.addAll(r.similar());
    return all;
  }

  private static List<String> ids(List<Related.Entry> entries) {
    return entries.stream().map(Related.Entry::id).toList();
  }

  private Article get(String id) throws IOException {
    return store.get(id).orElseThrow();
  }

  private static Set<String> titleTerms(Article a) {
    return Set.copyOf(Tokens.of(KhabarAnalyzer.create(), a.title()));
  }

  @Test
  void reasonsNameTheEntitiesBothArticlesMention(@TempDir Path other) throws IOException {
    io.khabar.model.Entity moscow = new io.khabar.model.Entity("موسكو", io.khabar.model.EntityType.LOCATION, "موسكو");
    io.khabar.model.Entity houthis = new io.khabar.model.Entity("الحوثيين", io.khabar.model.EntityType.ORGANIZATION, "الحوثيين");
    io.khabar.model.Entity london = new io.khabar.model.Entity("لندن", io.khabar.model.EntityType.LOCATION, "لندن");
    try (LuceneStore s = LuceneStore.open(other.resolve("index"))) {
      s.put(ARTICLES.get(0).withEnrichment(List.of(moscow, houthis), ""));
      s.put(ARTICLES.get(1).withEnrichment(List.of(houthis, moscow, london), ""));
      for (Article a : ARTICLES.subList(2, ARTICLES.size())) {
        s.put(a);
      }
      s.commit();
      Related r = new RelatedFinder(s, KhabarAnalyzer.create(), RelatedConfig.defaults()).related("y1", 5).orElseThrow();
      assertTrue(ids(everyEntry(r)).contains("y2"), ids(everyEntry(r))::toString);
      Related.Entry y2 = everyEntry(r).stream().filter(e -> e.id().equals("y2")).findFirst().orElseThrow();
      assertEquals(Set.of(moscow.key(), houthis.key()), y2.reason().sharedEntities(), "لندن is only in y2");
    }
  }

  @Test
  void storeHoldsTheCorpus() throws IOException {
    assertEquals(20, store.size());
  }

  @Test
  void theArticleIsNeverInItsOwnList() throws IOException {
    for (Article a : ARTICLES) {
      Related r = related(a.id());
      assertEquals(a.id(), r.id());
      assertFalse(ids(everyEntry(r)).contains(a.id()), a.id() + ": " + ids(everyEntry(r)));
    }
  }

  @Test
  void neverTwoEntriesWithOneTextNorACopyOfTheArticle() throws IOException {
    for (Article a : ARTICLES) {
      List<Related.Entry> entries = everyEntry(related(a.id()));
      Set<String> prints = new HashSet<>();
      prints.add(TextFingerprint.of(a.text()));
      for (Related.Entry e : entries) {
        assertTrue(prints.add(TextFingerprint.of(get(e.id()).text())), a.id() + ": copies in " + ids(entries));
      }
    }
  }

  @Test
  void neverTwoNearIdenticalTitlesAmongTheEntries() throws IOException {
    // Another outlet's take on the article's own story may be shown (its title may be near-identical to the
    // article's), but two entries of the list never repeat one another.
    for (Article a : ARTICLES) {
      List<Article> shown = new ArrayList<>();
      for (Related.Entry e : everyEntry(related(a.id()))) {
        shown.add(get(e.id()));
      }
      for (int i = 0; i < shown.size(); i++) {
        for (int j = i + 1; j < shown.size(); j++) {
          assertFalse(rules.nearIdenticalTitles(titleTerms(shown.get(i)), titleTerms(shown.get(j))),
              a.id() + ": " + shown.get(i).id() + " and " + shown.get(j).id());
        }
      }
    }
  }

  @Test
  void articlesWithNearIdenticalTitlesNeverBothAppear() throws IOException {
    // y1 and y2 carry the seed page's two near-identical titles (and y1-copy repeats y1)
    for (String id : List.of("y3", "y4", "z-oil-near", "china")) {
      List<String> shown = ids(everyEntry(related(id)));
      assertTrue(shown.stream().filter(Set.of("y1", "y1-copy", "y2")::contains).count() <= 1, id + ": " + shown);
    }
  }

  @Test
  void readAlsoIsNotRepeatedInTheList() throws IOException {
    int withReadAlso = 0;
    for (Article a : ARTICLES) {
      Related r = related(a.id());
      if (r.readAlso() != null) {
        withReadAlso++;
        assertFalse(ids(r.similar()).contains(r.readAlso().id()), a.id());
      }
    }
    assertTrue(withReadAlso > 0);
  }

  @Test
  void readAlsoIsNotACopyOfTheArticle() throws IOException {
    for (String id : List.of("y1", "y1-copy", "y2")) {
      Related r = related(id);
      assertNotNull(r.readAlso(), id);
      Article readAlso = get(r.readAlso().id());
      assertNotEquals(TextFingerprint.of(get(id).text()), TextFingerprint.of(readAlso.text()), id);
      if (id.startsWith("y1")) {
        assertFalse(Set.of("y1", "y1-copy").contains(readAlso.id()), id + " / " + readAlso.id());
      }
    }
  }

  @Test
  void exactCopyIsLeftOutOfTheOriginalsList() throws IOException {
    List<String> shown = ids(everyEntry(related("y1")));
    assertFalse(shown.contains("y1-copy"), shown::toString);
    assertTrue(shown.contains("y3"), shown::toString);
    assertTrue(shown.contains("y4"), shown::toString);
    List<String> ofCopy = ids(everyEntry(related("y1-copy")));
    assertFalse(ofCopy.contains("y1"), ofCopy::toString);
  }

  @Test
  void otherOutletsOfTheEventShowOneOfTheCopies() throws IOException {
    List<String> shown = ids(related("y3").similar());
    assertEquals(1, shown.stream().filter(Set.of("y1", "y1-copy", "y2")::contains).count(), shown::toString);
    assertTrue(shown.contains("y4"), shown::toString);
    assertEquals(0, shown.indexOf(shown.stream().filter(Set.of("y1", "y1-copy", "y2", "y4")::contains).findFirst().orElseThrow()),
        "the same event comes first: " + shown);
  }

  @Test
  void nearerInTimeRanksFirstAmongEqualCandidates() throws IOException {
    // precondition: the two follow-ups are equally similar to the oil story by content
    double near = finder.similarity("oil", "z-oil-near").orElseThrow();
    double far = finder.similarity("oil", "a-oil-far").orElseThrow();
    assertEquals(near, far, 1e-9);
    assertTrue(near > 0.2, "the follow-ups must be related at all: " + near);

    Related r = related("oil");
    List<String> similar = ids(r.similar());
    assertTrue(similar.contains("z-oil-near") && similar.contains("a-oil-far"), similar::toString);
    // the far one's id sorts first, so only the time factor can put the near one ahead
    assertTrue(similar.indexOf("z-oil-near") < similar.indexOf("a-oil-far"), similar::toString);
    Related.Entry n = r.similar().get(similar.indexOf("z-oil-near"));
    Related.Entry f = r.similar().get(similar.indexOf("a-oil-far"));
    assertTrue(n.score() > f.score(), n + " / " + f);
    assertEquals(1L, n.reason().daysApart());
    assertEquals(45L, f.reason().daysApart());
  }

  @Test
  void timeBlindConfigScoresTheTwoFollowUpsAlike() throws IOException {
    // the contrast: without the time share the two follow-ups are indistinguishable
    RelatedFinder timeBlind = new RelatedFinder(store, KhabarAnalyzer.create(), RelatedConfig.defaults().withTime(0, 7));
    List<Related.Entry> similar = timeBlind.related("oil", 10).orElseThrow().similar();
    double near = similar.stream().filter(e -> e.id().equals("z-oil-near")).findFirst().orElseThrow().score();
    double far = similar.stream().filter(e -> e.id().equals("a-oil-far")).findFirst().orElseThrow().score();
    assertEquals(near, far, 1e-4);
  }

  @Test
  void everyEntryExplainsItselfInWordsOfTheArticle() throws IOException {
    for (Article a : ARTICLES) {
      Set<String> words = new HashSet<>(Arrays.asList((a.title() + " " + a.text()).split("[^\\p{L}\\p{Nd}]+")));
      for (Related.Entry e : everyEntry(related(a.id()))) {
        assertFalse(e.reason().sharedTerms().isEmpty(), a.id() + " -> " + e.id());
        for (String w : e.reason().sharedTerms()) {
          assertTrue(words.contains(w), a.id() + " -> " + e.id() + ": '" + w + "' is not a word of the article");
        }
        for (String w : e.reason().sharedTitleTerms()) {
          assertTrue(words.contains(w), a.id() + " -> " + e.id() + ": '" + w + "' is not a word of the article");
        }
      }
    }
  }

  @Test
  void reasonShowsSurfaceWordsNotStems() throws IOException {
    Related r = related("y3");
    Related.Entry y4 = r.similar().stream().filter(e -> e.id().equals("y4")).findFirst().orElseThrow();
    List<String> all = new ArrayList<>(y4.reason().sharedTerms());
    all.addAll(y4.reason().sharedTitleTerms());
    assertTrue(all.contains("الضربات"), all::toString);
    assertFalse(all.contains("ضرب"), all::toString);
    assertTrue(y4.reason().sharedTitleTerms().contains("الضربات"), y4.reason()::toString);
    assertEquals(0L, y4.reason().daysApart()); // 15 hours apart
    assertEquals("الحوثيون يتوعدون بالرد على الضربات الأمريكية البريطانية", y4.title());
    assertEquals("alarabiya", y4.source());
    assertEquals(get("y4").published(), y4.published());
  }

  @Test
  void unknownIdGivesNothing() throws IOException {
    assertEquals(Optional.empty(), finder.related("no-such-id", 5));
    assertEquals(Optional.empty(), finder.similarity("no-such-id", "y1"));
    assertEquals(Optional.empty(), finder.similarity("y1", "no-such-id"));
    assertEquals(Optional.empty(), finder.similarity("no-such-id", "no-such-id"));
  }

  @Test
  void listIsCutAtK() throws IOException {
    assertTrue(finder.related("y3", 10).orElseThrow().similar().size() > 1);
    assertEquals(1, finder.related("y3", 1).orElseThrow().similar().size());
  }

  @Test
  void similarityIsBoundedAndSymmetric() throws IOException {
    for (Article a : ARTICLES) {
      for (Article b : ARTICLES) {
        double ab = finder.similarity(a.id(), b.id()).orElseThrow();
        double ba = finder.similarity(b.id(), a.id()).orElseThrow();
        assertTrue(ab >= 0 && ab <= 1, a.id() + "/" + b.id() + ": " + ab);
        assertEquals(ab, ba, 1e-9, a.id() + "/" + b.id());
      }
    }
  }

  @Test
  void similarityIsOneForIdenticalTexts() throws IOException {
    assertEquals(1.0, finder.similarity("y1", "y1-copy").orElseThrow(), 1e-9);
    assertEquals(1.0, finder.similarity("y3", "y3").orElseThrow(), 1e-9);
  }

  @Test
  void sameEventIsMoreSimilarThanUnrelated() throws IOException {
    double sameEvent = finder.similarity("y1", "y3").orElseThrow();
    assertTrue(sameEvent > finder.similarity("y1", "football").orElseThrow());
    assertTrue(sameEvent > finder.similarity("y1", "oil").orElseThrow());
    assertTrue(sameEvent > finder.similarity("y1", "china").orElseThrow());
    assertTrue(finder.similarity("y1", "y2").orElseThrow() > finder.similarity("y1", "zelensky").orElseThrow());
  }
}
