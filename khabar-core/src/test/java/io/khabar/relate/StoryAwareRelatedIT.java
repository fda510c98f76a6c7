package io.khabar.relate;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ingest.Importer;
import io.khabar.model.Grouping;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.story.StoryAssigner;
import io.khabar.story.StoryFixtures;
import io.khabar.story.StoryRebuilder;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With grouping on, the similar list shows at most one article per story and none of the article's own story. */
class StoryAwareRelatedIT {
  @TempDir Path dir;

  private static RelatedFinder finder(LuceneStore store) {
    return new RelatedFinder(store, KhabarAnalyzer.create(), RelatedConfig.defaults());
  }

  private static String storyOf(LuceneStore store, String id) throws IOException {
    return store.headline(id).orElseThrow().story();
  }

  private static void assertStoryRules(LuceneStore store, Related r) throws IOException {
    String own = storyOf(store, r.id());
    Set<String> stories = new HashSet<>();
    for (Related.Entry e : r.similar()) {
      assertNotEquals(r.id(), e.id());
      String s = storyOf(store, e.id());
      if (s != null) {
        assertNotEquals(own, s, r.id() + ": " + e.id() + " is of its own story");
        assertTrue(stories.add(s), r.id() + ": two similar articles of story " + s);
      }
    }
    if (r.readAlso() != null && own != null) {
      assertNotEquals(own, storyOf(store, r.readAlso().id()), r.id() + ": read-also " + r.readAlso().id());
    }
  }

  @Test
  void similarSkipsTheOwnStoryAndRepeatsNoStoryOnTheFixtures() throws IOException {
    Path index = dir.resolve("index");
    List<io.khabar.model.Article> all = new java.util.ArrayList<>(StoryFixtures.articles());
    try (LuceneStore store = LuceneStore.open(index)) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(StoryFixtures.news()));
    }
    try (LuceneStore store = LuceneStore.open(index)) {
      new StoryRebuilder(store, StoryAssigner.standard(store)).rebuild(n -> {});
      assertEquals(storyOf(store, "q1"), storyOf(store, "q2")); // the premise: one earthquake story
      RelatedFinder f = finder(store);
      for (io.khabar.model.Article a : all) {
        Related r = f.related(a.id(), 10).orElseThrow();
        assertStoryRules(store, r);
      }
      Related q1 = f.related("q1", 10).orElseThrow();
      List<String> similar = q1.similar().stream().map(Related.Entry::id).toList();
      for (String id : List.of("q1-wire", "q1-near", "q2", "q3")) {
        assertFalse(similar.contains(id), id + " in " + similar);
      }
      assertTrue(similar.contains("q-late") || (q1.readAlso() != null && q1.readAlso().id().equals("q-late")),
          "the follow-up ten days later is another story and may be shown: " + similar);
    }
  }

  @Test
  void oneArticlePerStoryEvenWhenSeveralAreTheMostSimilar() throws IOException {
    String base = "أعلنت وزارة الصحة في غزة ارتفاع عدد الضحايا جراء القصف الإسرائيلي على مخيم جباليا شمال القطاع، ";
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      store.put(article("me").source("aljazeera").at("2024-03-10T08:00").title("قصف مخيم جباليا")
          .text(base + "وقالت إن فرق الدفاع المدني تواصل البحث عن مفقودين.").build(), new Grouping("me", "own", List.of()));
      store.put(article("own2").source("bbc").at("2024-03-10T09:00").title("ضحايا في جباليا")
          .text(base + "وطالبت المنظمات الدولية بوقف إطلاق النار.").build(), new Grouping("own2", "own", List.of()));
      store.put(article("x1").source("rt").at("2024-03-11T08:00").title("مستشفيات شمال غزة")
          .text(base + "وحذرت من انهيار المستشفيات في شمال القطاع بسبب نقص الوقود.").build(), new Grouping("x1", "x", List.of()));
      store.put(article("x2").source("cnn").at("2024-03-11T09:00").title("الوقود في مستشفيات غزة")
          .text(base + "وقالت إن المستشفيات في شمال القطاع تعمل بلا وقود منذ أيام.").build(), new Grouping("x2", "x", List.of()));
      store.put(article("y1").source("skynews").at("2024-03-12T08:00").title("المساعدات إلى شمال غزة")
          .text("دخلت شاحنات المساعدات إلى شمال قطاع غزة عبر معبر جديد، وقالت وزارة الصحة إن المساعدات لا تكفي المخيم.").build(),
          new Grouping("y1", "y", List.of()));
      store.put(article("y2").source("france24").at("2024-03-12T09:00").title("شاحنات المساعدات تدخل غزة")
          .text("قالت الأمم المتحدة إن شاحنات المساعدات التي دخلت شمال غزة قليلة، وإن القطاع يحتاج إلى مئات الشاحنات يوميا.").build(),
          new Grouping("y2", "y", List.of()));
      store.put(article("sport").source("kooora").at("2024-03-12T10:00").title("الهلال بطلا للدوري")
          .text("توج فريق الهلال بلقب الدوري السعودي لكرة القدم بعد فوزه في الجولة الأخيرة.").build(),
          new Grouping("sport", "sport", List.of()));
      store.put(article("sport2").source("kooora").at("2024-03-13T10:00").title("احتفالات الهلال")
          .text("احتفلت جماهير الهلال بلقب الدوري في شوارع الرياض.").build(), new Grouping("sport2", "sport2", List.of()));
      store.commit();
      Related r = finder(store).related("me", 10).orElseThrow();
      List<String> similar = r.similar().stream().map(Related.Entry::id).toList();
      assertFalse(similar.contains("own2"), similar::toString);
      assertNotNull(r.readAlso());
      assertNotEquals("own2", r.readAlso().id());
      assertStoryRules(store, r);
      long fromX = similar.stream().filter(id -> id.startsWith("x")).count()
          + (r.readAlso().id().startsWith("x") ? 1 : 0);
      assertTrue(fromX <= 1, "story x shown twice: readAlso " + r.readAlso().id() + ", similar " + similar);
      assertTrue(similar.stream().anyMatch(id -> id.startsWith("x")) || r.readAlso().id().startsWith("x"),
          "the closest other story is shown: " + similar);
      for (Headline h : store.allHeadlines()) {
        assertStoryRules(store, finder(store).related(h.id(), 10).orElseThrow());
      }
    }
  }
}
