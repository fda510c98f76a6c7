package io.khabar.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.khabar.model.Article;
import io.khabar.ingest.Importer;
import io.khabar.relate.Related;
import io.khabar.relate.RelatedConfig;
import io.khabar.relate.RelatedFinder;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchQuery;
import io.khabar.story.StoryFixtures;
import io.khabar.text.KhabarAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.cloud.DocCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same articles in a 1-shard and a 2-shard collection give the same scores, statistics, related
 * lists and groupings: term statistics are global (ExactStatsCache, summed docFreqs), and copies or
 * stories split over shards are still found.
 */
class DistributedIT {
  private static TestCluster cluster;
  private static SolrTarget one;
  private static SolrTarget two;
  private static List<Article> articles;

  @BeforeAll
  static void importIntoBoth(@TempDir Path dir) throws Exception {
    cluster = TestCluster.start(2);
    one = cluster.collection("one", 1, 1);
    two = cluster.collection("two", 2, 1);
    articles = new ArrayList<>(StoryFixtures.fillers(60));
    articles.addAll(StoryFixtures.articles());
    Path file = StoryFixtures.writeJsonl(dir.resolve("all.jsonl"), articles);
    for (SolrTarget t : List.of(one, two)) {
      try (SolrStore store = SolrStore.open(t)) {
        new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(file));
      }
    }
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void scoresAndDocFreqsDoNotDependOnSharding() throws Exception {
    try (SolrStore a = SolrStore.open(one); SolrStore b = SolrStore.open(two)) {
      for (String q : List.of("زلزال تركيا", "البنك المركزي", "الأهلي الزمالك", "الطاقة الشمسية المياه")) {
        assertEquals(scores(a, q), scores(b, q), q);
      }
      List<String> terms = new ArrayList<>();
      for (Article x : articles.subList(55, 70)) {
        terms.addAll(store(a, x.id()));
      }
      assertEquals(a.docFreqs(terms), b.docFreqs(terms));
      assertEquals(a.size(), b.size());
    }
  }

  @Test
  void relatedListsAndGroupingsAreTheSameOnOneAndTwoShards() throws Exception {
    try (SolrStore a = SolrStore.open(one); SolrStore b = SolrStore.open(two)) {
      assertEquals(StoryFixtures.groupings(a), StoryFixtures.groupings(b));
      RelatedFinder fa = new RelatedFinder(a, KhabarAnalyzer.create(), RelatedConfig.defaults());
      RelatedFinder fb = new RelatedFinder(b, KhabarAnalyzer.create(), RelatedConfig.defaults());
      for (Article x : articles) {
        assertEquals(ids(fa.related(x.id(), 10).orElseThrow()), ids(fb.related(x.id(), 10).orElseThrow()), x.id());
      }
    }
  }

  @Test
  void copiesOnAnotherShardJoinTheOriginalsGroupAndStory() throws Exception {
    DocCollection coll = cluster.solr.getSolrClient().getClusterState().getCollection(two.collection());
    String originalShard = shardOf(coll, "q1");
    List<String> copies = new ArrayList<>();
    for (int i = 0; copies.size() < 2; i++) {
      if (!shardOf(coll, "copy-" + i).equals(originalShard)) {
        copies.add("copy-" + i);
      }
    }
    for (SolrTarget t : List.of(one, two)) { // both, so that the collections still hold the same articles
      try (SolrStore store = SolrStore.open(t)) {
        Article q1 = store.get("q1").orElseThrow();
        io.khabar.group.Grouper grouper = io.khabar.group.ArticleGrouper.standard(store);
        for (String id : copies) {
          Article copy = new Article(id, "https://example.org/" + id, "wire-" + id, q1.title(), q1.text(),
              q1.published().plusHours(1), "", "");
          store.put(copy, grouper.group(copy));
        }
        store.commit();
      }
    }
    try (SolrStore store = SolrStore.open(two)) {
      for (String id : copies) {
        assertNotEquals(originalShard, shardOf(coll, id)); // the premise: stored on the other shard
        assertEquals("q1", StoryFixtures.dupGroup(store, id), id);
        assertEquals(StoryFixtures.story(store, "q1"), StoryFixtures.story(store, id), id);
      }
      // and the story, split over both shards, lists every member
      String story = StoryFixtures.story(store, "q1");
      List<String> members = store.storyMembers(story, 100).stream().map(h -> h.id()).toList();
      assertEquals(true, members.containsAll(copies) && members.contains("q1"), members.toString());
      Map<String, Integer> shards = new HashMap<>();
      members.forEach(m -> shards.merge(shardOf(coll, m), 1, Integer::sum));
      assertEquals(2, shards.size(), "members on both shards: " + shards);
    }
  }

  private static String shardOf(DocCollection coll, String id) {
    return coll.getRouter().getTargetSlice(id, null, null, null, coll).getName();
  }

  private static List<String> store(SolrStore s, String id) throws Exception {
    return new ArrayList<>(s.terms(List.of(id)).get(0).text().keySet());
  }

  private static Map<String, Float> scores(SolrStore s, String q) throws Exception {
    Map<String, Float> out = new HashMap<>();
    for (SearchHit h : s.search(SearchQuery.of(q).withPage(0, 50)).hits()) {
      out.put(h.id(), Math.round(h.score() * 1e4f) / 1e4f);
    }
    return out;
  }

  private static List<String> ids(Related r) {
    List<String> out = new ArrayList<>();
    out.add(r.readAlso() == null ? "-" : r.readAlso().id());
    r.similar().forEach(e -> out.add(e.id()));
    return out;
  }
}
