package io.khabar.lab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingBenchmarkTest {
  @Test
  void theSlowestShareIsTheTailsWeightInTheTotal() {
    List<Double> ms = List.of(1.0, 11.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
    assertEquals(11.0 / 20, GroupingBenchmark.slowestShare(ms, 0.10), 1e-12);
    assertEquals(13.0 / 20, GroupingBenchmark.slowestShare(ms, 0.25), 1e-12, "25% of 10 articles: the slowest 3");
    assertEquals(0.0, GroupingBenchmark.slowestShare(List.of(0.0, 0.0), 0.5));
  }
}
