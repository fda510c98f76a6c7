package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.dedup.NearDuplicates;
import io.khabar.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixtures are what the store tests (GroupingImportIT, StoryRebuilderIT, …) take them for; no store needed. */
class StoryFixturesTest {
  @Test
  void fixtureNearCopyIsANearDuplicateButNotIdentical() {
    List<Article> all = StoryFixtures.articles();
    NearDuplicates nd = NearDuplicates.defaults();
    NearDuplicates.Signature q1 = nd.signature(StoryFixtures.byId(all, "q1").text());
    double near = nd.jaccard(q1, nd.signature(StoryFixtures.byId(all, "q1-near").text()));
    assertTrue(near >= nd.threshold() && near < 1, "q1-near Jaccard " + near);
    assertEquals(1.0, nd.jaccard(q1, nd.signature(StoryFixtures.byId(all, "q1-wire").text())));
    assertTrue(nd.jaccard(q1, nd.signature(StoryFixtures.byId(all, "q2").text())) < 0.2, "q2 is not a copy");
  }
}
