package io.khabar.story;

import io.khabar.dedup.DuplicateFinder;
import io.khabar.group.ArticleGrouper;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.khabar.model.Article;
import io.khabar.dedup.NearDuplicates;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity-overlap flag of story grouping: off by default, and then (or without entities) grouping is
 * exactly as before; on, shared entities can tip two weakly similar reports of one event into one story.
 */
class EntityOverlapIT {
  @TempDir Path dir;

  private static final List<Entity> NAMES = List.of(new Entity("zelensky", EntityType.PERSON, "زيلينسكي"),
      new Entity("kyiv", EntityType.LOCATION, "كييف"), new Entity("nato", EntityType.ORGANIZATION, "الناتو"));

  /** Two reports of one meeting in different words (the second names no one: its finder found them elsewhere). */
  private static List<Article> reports(boolean withEntities) {
    Article a = article("r1").title("زيلينسكي يستقبل وفد الناتو في كييف")
        .text("استقبل الرئيس الأوكراني زيلينسكي وفدا من حلف الناتو في العاصمة كييف لبحث الدعم العسكري والمساعدات")
        .at("2024-03-01T09:00").build();
    Article b = article("r2").title("مباحثات أوكرانية أطلسية")
        .text("جرت محادثات مع مسؤولين غربيين تناولت الأسلحة وتدريب الجنود والعقوبات")
        .at("2024-03-01T15:00").build();
    List<Article> out = new ArrayList<>(List.of(a, b));
    for (int i = 0; i < 30; i++) { // unrelated articles so that idf is that of a news collection
      out.add(article("f" + i).title("خبر رقم " + i).text("ارتفعت أسعار السلع في السوق المحلية والعالمية اليوم رقم " + i
          + " مع تراجع الطلب وزيادة المعروض من القمح والذرة والسكر والزيوت").at("2024-02-20T10:00").build());
    }
    return withEntities ? out.stream().map(x -> x.id().startsWith("r") ? x.withEnrichment(NAMES, "politics") : x).toList() : out;
  }

  private String[] storiesOf(List<Article> articles, StoryConfig config, String name) throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve(name))) {
      ArticleGrouper assigner = new ArticleGrouper(new DuplicateFinder(store, NearDuplicates.defaults()),
          new StoryAssigner(store, KhabarAnalyzer.create(), config));
      String[] stories = new String[2];
      List<Article> fillersFirst = new ArrayList<>(articles.subList(2, articles.size()));
      fillersFirst.addAll(articles.subList(0, 2));
      for (Article a : fillersFirst) {
        io.khabar.model.Grouping g = assigner.group(a);
        store.put(a, g);
        String story = g.story();
        if (a.id().equals("r1")) {
          stories[0] = story;
        } else if (a.id().equals("r2")) {
          stories[1] = story;
        }
      }
      return stories;
    }
  }

  @Test
  void offOrWithoutEntitiesTheReportsStayApartAndOnTheyJoin() throws IOException {
    String[] off = storiesOf(reports(true), StoryConfig.defaults().withEntityWeight(0), "off");
    assertNotEquals(off[0], off[1], "the texts alone are too far apart");
    String[] noEntities = storiesOf(reports(false), StoryConfig.defaults().withEntityWeight(0.5), "none");
    assertNotEquals(noEntities[0], noEntities[1], "no entities: no evidence");
    String[] on = storiesOf(reports(true), StoryConfig.defaults().withEntityWeight(0.5), "on");
    assertEquals(on[0], on[1]);
  }
}
