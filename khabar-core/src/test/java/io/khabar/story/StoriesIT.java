package io.khabar.story;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ingest.Importer;
import io.khabar.model.Grouping;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesIT {
  @TempDir Path dir;

  @Test
  void coverageFoldsCopiesAndStartsWithTheEarliest() throws IOException {
    Path index = dir.resolve("index");
    try (LuceneStore store = LuceneStore.open(index)) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(StoryFixtures.news()));
    }
    try (LuceneStore store = LuceneStore.open(index)) {
      new StoryRebuilder(store, StoryAssigner.standard(store)).rebuild(n -> {});
      Coverage c = new Stories(store).coverage("q1").orElseThrow();
      assertEquals("q1", c.story());
      assertEquals("q1", c.first().id());
      assertEquals(c.first().title(), c.title());
      assertEquals(5, c.articles());
      assertEquals(List.of("q1", "q2", "q3"), c.items().stream().map(i -> i.article().id()).toList());
      Coverage.Item wire = c.items().get(0);
      assertEquals(List.of("aljazeera", "anadolu", "trt"), wire.outlets());
      assertEquals(List.of("q1-wire", "q1-near"), wire.copies().stream().map(Headline::id).toList());
      assertEquals(List.of("bbc"), c.items().get(1).outlets());
      assertEquals(List.of("alarabiya", "aljazeera", "anadolu", "bbc", "trt"), c.outlets());
      assertEquals(store.headline("q3").orElseThrow().published(), c.latest());

      Coverage e = new Stories(store).coverage("e1").orElseThrow();
      assertEquals("e1", e.first().id());
      assertEquals(2, e.items().size()); // e1 with its repost, e2
      assertEquals(List.of("ahram", "masrawy"), e.items().get(0).outlets());
      assertEquals(store.headline("e1-repost").orElseThrow().published(), e.latest());

      assertTrue(new Stories(store).coverage("no-such-story").isEmpty());
    }
  }

  @Test
  void rankedPutsAThreeOutletStoryAboveAOneOutletStoryOfTheSameDay() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      // "wide": three outlets, three texts; "narrow": one outlet, three texts; both on 10 March, narrow the newer
      store.put(article("w1").source("bbc").at("2024-03-10T08:00").title("زلزال").text("نص أول عن الزلزال").build(),
          new Grouping("w1", "wide", List.of()));
      store.put(article("w2").source("rt").at("2024-03-10T09:00").title("زلزال").text("نص ثان عن الزلزال").build(),
          new Grouping("w2", "wide", List.of()));
      store.put(article("w3").source("aljazeera").at("2024-03-10T10:00").title("زلزال").text("نص ثالث عن الزلزال").build(),
          new Grouping("w3", "wide", List.of()));
      store.put(article("n1").source("kooora").at("2024-03-10T11:00").title("مباراة").text("نص أول عن المباراة").build(),
          new Grouping("n1", "narrow", List.of()));
      store.put(article("n2").source("kooora").at("2024-03-10T12:00").title("مباراة").text("نص ثان عن المباراة").build(),
          new Grouping("n2", "narrow", List.of()));
      store.put(article("n3").source("kooora").at("2024-03-10T13:00").title("مباراة").text("نص ثالث عن المباراة").build(),
          new Grouping("n3", "narrow", List.of()));
      store.put(article("loner").source("blog").title("بلا قصة").text("مقال بلا تاريخ ولا قصة").build(),
          new Grouping("loner", null, List.of()));
      store.commit();
      List<Coverage> ranked = new Stories(store).ranked(10, 100);
      assertEquals(List.of("wide", "narrow"), ranked.stream().map(Coverage::story).toList());
      assertEquals(List.of("aljazeera", "bbc", "rt"), ranked.get(0).outlets());
      assertEquals("w1", ranked.get(0).first().id());
      assertEquals(List.of("wide"), new Stories(store).ranked(1, 100).stream().map(Coverage::story).toList());
    }
  }
}
