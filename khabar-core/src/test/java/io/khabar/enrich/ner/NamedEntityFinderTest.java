package io.khabar.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.enrich.Entity;
import io.khabar.enrich.EntityType;
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
    List<Entity> found = finder.find("ترامب وماكرون في واشنطن",
        "التقى الرئيس الأمريكي دونالد ترامب الرئيس الفرنسي إيمانويل ماكرون في واشنطن. وقال ترامب إن واشنطن "
            + "وباريس متفقتان.");
    List<String> keys = found.stream().map(Entity::key).toList();
    assertEquals(new HashSet<>(keys).size(), keys.size(), "a key twice: " + found);
    assertTrue(keys.indexOf(named(found, "واشنطن").key()) > keys.indexOf(named(found, "ترامب").key()));
  }

  @Test
  void variantSpellingsInOneArticleShareOneEntity() {
    List<Entity> found = finder.find("زيلينسكي يلتقي ستولتنبرغ",
        "التقى الرئيس الأوكراني فولوديمير زيلينسكي الأمين العام لحلف الناتو ينس ستولتنبرغ في كييف. "
            + "وقال زيلنسكي إن المحادثات مع ستولتنبيرغ كانت مثمرة.");
    long zelensky = found.stream().filter(e -> e.name().startsWith("زيل") || e.name().contains(" زيل")).count();
    assertTrue(zelensky <= 1, "one key for زيلينسكي/زيلنسكي: " + found);
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
