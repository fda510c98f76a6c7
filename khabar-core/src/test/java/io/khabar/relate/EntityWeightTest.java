package io.khabar.relate;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Article;
import io.khabar.enrich.Entity;
import io.khabar.enrich.EntityType;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity-overlap flag of related articles: off by default; on, shared entities raise a candidate. */
class EntityWeightTest {
  @TempDir Path dir;

  private static final List<Entity> SALAH = List.of(new Entity("salah", EntityType.PERSON, "صلاح"),
      new Entity("liverpool", EntityType.ORGANIZATION, "ليفربول"));
  private static final List<Entity> OTHERS = List.of(new Entity("kane", EntityType.PERSON, "كين"));

  @Test
  void sharedEntitiesRaiseACandidateOnlyWhenWeighed() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      store.put(article("me").title("صلاح يسجل هدفين").text("سجل اللاعب هدفين في مباراة الدوري الإنجليزي مساء السبت وسط حضور جماهيري كبير في الملعب")
          .at("2024-03-02T20:00").build().withEnrichment(SALAH, "sport"));
      store.put(article("close").title("كين يسجل هدفين").text("سجل المهاجم هدفين في لقاء الدوري الإنجليزي أمام تشيلسي وقاد فريقه للفوز بثلاثية نظيفة")
          .at("2024-03-03T20:00").build().withEnrichment(OTHERS, "sport"));
      store.put(article("shared").title("صلاح يتألق").text("تألق اللاعب وسجل هدفا في مباراة الدوري ونال جائزة الأفضل")
          .at("2024-03-03T20:00").build().withEnrichment(SALAH, "sport"));
      for (int i = 0; i < 20; i++) {
        store.put(article("f" + i).title("أسعار " + i).text("ارتفعت أسعار النفط والذهب في الأسواق العالمية " + i)
            .at("2024-03-01T10:00").build());
      }
      store.commit();
      java.util.Map<String, Double> off = scores(store, RelatedConfig.defaults());
      assertTrue(off.containsKey("close") && off.containsKey("shared") && off.get("close") > off.get("shared"),
          off.toString());
      java.util.Map<String, Double> on = scores(store, RelatedConfig.defaults().withEntityWeight(0.5));
      assertTrue(on.get("shared") > on.get("close"), on.toString());
      assertEquals(off.get("close"), on.get("close"), "no shared entity: the same score");
    }
  }

  @Test
  void jaccardOfEmptySetsIsNoEvidence() {
    assertEquals(0.0, RelatedFinder.jaccard(java.util.Set.of(), java.util.Set.of("a")));
    assertEquals(0.5, RelatedFinder.jaccard(java.util.Set.of("a", "b"), java.util.Set.of("a")));
    assertTrue(RelatedConfig.defaults().entityWeight() == 0, "off until measured with the real finder");
  }

  /** The score of every article shown (read-also and similar). */
  private static java.util.Map<String, Double> scores(LuceneStore store, RelatedConfig config) throws IOException {
    Related r = new RelatedFinder(store, KhabarAnalyzer.create(), config).related("me", 10).orElseThrow();
    java.util.Map<String, Double> out = new java.util.HashMap<>();
    if (r.readAlso() != null) {
      out.put(r.readAlso().id(), r.readAlso().score());
    }
    r.similar().forEach(e -> out.put(e.id(), e.score()));
    return out;
  }
}
