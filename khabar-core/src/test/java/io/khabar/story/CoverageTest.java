package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.model.Headline;
import io.khabar.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's coverage from its members' headlines alone (the store side is in StoriesIT). */
class CoverageTest {
  @Test
  void coverageOfMembersListedEarliestFirst() {
    Headline a = new Headline("a", "أ", "bbc", Articles.utc("2024-03-10T08:00"), "", "s", "a");
    Headline b = new Headline("b", "ب", "rt", Articles.utc("2024-03-10T09:00"), "", "s", "a");
    Headline c = new Headline("c", "ج", "bbc", Articles.utc("2024-03-10T10:00"), "", "s", "c");
    Coverage cov = Stories.coverage("s", List.of(a, b, c));
    assertEquals("a", cov.first().id());
    assertEquals(2, cov.items().size());
    assertEquals(List.of("bbc", "rt"), cov.items().get(0).outlets());
    assertEquals(List.of("bbc"), cov.items().get(1).outlets());
    assertEquals(List.of("bbc", "rt"), cov.outlets());
    assertEquals(3, cov.articles());
    assertEquals(c.published(), cov.latest());
  }
}
