package io.khabar.lab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SolrCloud goal ("equal lists on 1 and 2 shards") is decided by these counts, not by a rounded mean. */
class SolrBenchmarkTest {
  private static final Map<String, List<String>> ONE = Map.of(
      "a", List.of("x", "y", "z"), "b", List.of("x", "y"), "c", List.of("p", "q"), "d", List.of());
  private static final Map<String, List<String>> TWO = Map.of(
      "a", List.of("x", "y", "z"), "b", List.of("y", "x"), "c", List.of("p", "r"), "d", List.of());

  @Test
  void aListWithOneArticleChangedDiffersButAReorderedOneDoesNot() {
    assertEquals(1, SolrBenchmark.differing(ONE, TWO)); // only c: b holds the same articles in another order
    assertEquals(1, SolrBenchmark.reordered(ONE, TWO)); // only b
  }

  @Test
  void overlapIsTheMeanShareOfArticlesBothListsHold() {
    assertEquals((1 + 1 + 0.5 + 1) / 4, SolrBenchmark.overlap(ONE, TWO), 1e-12);
  }
}
