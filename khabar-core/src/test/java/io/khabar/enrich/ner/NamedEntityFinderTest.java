package io.khabar.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped model on real news sentences. */
class NamedEntityFinderTest {
  private final NamedEntityFinder finder = NamedEntityFinder.load();

  private static Set<String> names(List<Entity> entities) {
    return entities.stream().map(Entity::name).collect(Collectors.toSet());
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + entities));
  }

  @Test
  void theShippedModelLoadsOnceAndIsShared() {
    assertNotNull(NamedEntityFinder.shippedModel());
    assertTrue(NamedEntityFinder.load() == NamedEntityFinder.load());
  }

  @Test
  void findsPersonsAndPlacesWithoutTheirClitics() {
    List<Entity> found = finder.find("بوتين يستقبل أردوغان في موسكو",
        "استقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في موسكو يوم الثلاثاء، "
            + "وبحث الجانبان الوضع في سوريا. وقال بوتين إن العلاقات بين روسيا وتركيا تتطور.");
    assertEquals(EntityType.LOCATION, named(found, "موسكو").type());
    assertEquals(EntityType.PERSON, named(found, "بوتين").type());
    assertTrue(names(found).contains("سوريا"), found.toString());
    assertTrue(names(found).contains("تركيا"), "وتركيا loses its و: " + found);
    assertFalse(names(found).stream().anyMatch(n -> n.startsWith("وتركيا")), found.toString());
  }

  @Test
  void eachKeyOnceInOrderOfFirstMention() {
    String text = "قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن روسيا لن تقبل العقوبات، وأضاف لافروف أن "
        + "موسكو ستتشاور مع بكين ودمشق.";
    List<Entity> found = finder.find("", text);
    List<String> keys = found.stream().map(Entity::key).toList();
    assertTrue(found.size() >= 4, found.toString());
    assertEquals(new HashSet<>(keys).size(), keys.size(), "a key twice: " + found);
    int last = -1;
    for (Entity e : found) {
      int at = text.indexOf(e.name());
      assertTrue(at > last, "out of order: " + e + " in " + found);
      last = at;
    }
  }

  @Test
  void spellingVariantsInOneArticleShareOneEntity() {
    List<Entity> found = finder.find("إسرائيل تقصف غزة",
        "قالت مصادر في غزة إن اسرائيل قصفت مواقع في القطاع، وإن الأمم المتحدة دعت اسرائيل إلى وقف القصف. "
            + "وقال متحدث باسم الامم المتحدة إن الوضع خطير.");
    assertEquals(1, found.stream().filter(e -> e.key().equals(NameKeys.key("اسرائيل"))).count(), found.toString());
    assertEquals("إسرائيل", named(found, "إسرائيل").name(), "the first spelling names the entity");
    assertEquals(1, found.stream().filter(e -> e.key().equals(NameKeys.key("الامم المتحدة"))).count(), found.toString());
  }

  @Test
  void badInputNeverCrashes() {
    assertEquals(List.of(), finder.find(null, null));
    assertEquals(List.of(), finder.find("", ""));
    assertEquals(List.of(), finder.find("Breaking news", "Vladimir Putin met Recep Tayyip Erdogan in Moscow."));
    finder.find("١٢٣٤ ... ؟؟؟", "<<<>>> ،،، \u200F\u200F 😀😀 ____ 0x00\u0000");
    List<Entity> mixed = finder.find("Reuters: بوتين في موسكو", "قال Vladimir Putin في موسكو إن روسيا (Russia) مستعدة.");
    assertTrue(names(mixed).contains("موسكو"), mixed.toString());
  }

  @Test
  void aVeryLongTextIsCutAtTheTokenBudget() {
    String sentence = "وقال الرئيس المصري عبد الفتاح السيسي في القاهرة إن مصر تدعم الحل. ";
    String tail = "واستقبل الملك سلمان في الرياض وفدا من الكويت. ";
    List<Entity> found = finder.find("عنوان", sentence.repeat(20_000) + tail);
    assertFalse(names(found).contains("الرياض"), "text after the budget is not read: " + found);
    assertTrue(names(found).contains("القاهرة"), found.toString());
  }

  @Test
  void manyThreadsGetTheSameAnswers() throws Exception {
    String title = "أمير قطر يزور الكويت";
    String text = "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى الكويت اليوم، حيث التقى أمير الكويت في قصر بيان.";
    List<Entity> expected = finder.find(title, text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Entity>>> runs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        runs.add(pool.submit(() -> finder.find(title, text)));
      }
      for (Future<List<Entity>> r : runs) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
