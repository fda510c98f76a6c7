package io.khabar.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {
  @Test
  void agreementEstimatesJaccard() {
    // 1000 functions on sets with Jaccard 1/3: the share of equal minimums is 1/3 ± 0.015 (1 sd).
    MinHash mh = new MinHash(1000);
    Random random = new Random(1);
    long[] all = random.longs().distinct().limit(600).toArray();
    long[] a = java.util.Arrays.copyOfRange(all, 0, 400);
    long[] b = java.util.Arrays.copyOfRange(all, 200, 600);
    long[] sa = mh.signature(a);
    long[] sb = mh.signature(b);
    int equal = 0;
    for (int i = 0; i < sa.length; i++) {
      equal += sa[i] == sb[i] ? 1 : 0;
    }
    assertEquals(200.0 / 600, equal / 1000.0, 0.06);
  }

  @Test
  void theSeedDecidesTheFunctions() {
    long[] set = {1, 2, 3, 42};
    assertArrayEquals(new MinHash(8).signature(set), new MinHash(8, MinHash.DEFAULT_SEED).signature(set));
    assertNotEquals(new MinHash(8).signature(set)[0], new MinHash(8, 7).signature(set)[0]);
  }

  @Test
  void orderOfTheSetDoesNotMatter() {
    MinHash mh = new MinHash(16);
    assertArrayEquals(mh.signature(new long[] {5, 9, -1}), mh.signature(new long[] {-1, 9, 5}));
  }

  @Test
  void mixIsMurmur3Fmix64() {
    // Reference values of murmur3's fmix64 (also used by Guava and Lucene's StringHelper).
    assertEquals(0L, MinHash.mix(0));
    assertEquals(0xb456bcfc34c2cb2cL, MinHash.mix(1));
  }
}
