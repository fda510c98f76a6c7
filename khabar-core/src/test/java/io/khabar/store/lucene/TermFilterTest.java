package io.khabar.store.lucene;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermFilterTest {
  @Test
  void everyKeyAddedIsFoundAndFewOthersAre() {
    TermFilter f = new TermFilter(10_000);
    for (int i = 0; i < 10_000; i++) {
      f.add("07:" + Integer.toHexString(i * 7919));
    }
    for (int i = 0; i < 10_000; i++) {
      assertTrue(f.mightContain("07:" + Integer.toHexString(i * 7919)), "key " + i);
    }
    int falsePositives = 0;
    for (int i = 0; i < 10_000; i++) {
      falsePositives += f.mightContain("08:" + Integer.toHexString(i * 7919)) ? 1 : 0;
    }
    assertTrue(falsePositives < 300, "false positives at capacity: " + falsePositives + " of 10,000");
    assertFalse(f.full());
    f.add("one-more");
    assertTrue(f.full(), "past its capacity it asks to be rebuilt");
  }
}
