package io.khabar.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The S-curve, measured: pairs of shingle sets with a known Jaccard similarity, built from random 64-bit
 * values, go through MinHash and the bands, and the share-a-band rate is compared with 1-(1-s^r)^b.
 */
class LshBandsTest {
  private static final int PAIRS = 2000;
  private final NearDuplicates nd = NearDuplicates.defaults();

  @Test
  void theDefaultsMeetTheDocumentedCurve() {
    LshBands lsh = LshBands.defaults();
    assertEquals(120, lsh.signatureLength());
    assertTrue(lsh.shareProbability(0.8) >= 0.995, "P(0.8) = " + lsh.shareProbability(0.8));
    assertTrue(lsh.shareProbability(0.5) < 0.3);
    assertEquals(0.270187, lsh.shareProbability(0.5), 1e-6);
  }

  @Test
  void pairsAtJaccard085AlmostAlwaysShareABand() {
    double rate = shareRate(0.85, 1);
    assertTrue(rate >= 0.99, "share rate at 0.85: " + rate);
  }

  @Test
  void pairsAtJaccard08ShareABandAtLeast99PercentOfTheTime() {
    double rate = shareRate(0.8, 2);
    assertTrue(rate >= 0.99, "share rate at 0.8: " + rate); // 0.9977 expected
  }

  @Test
  void pairsAtJaccard04RarelyShareABand() {
    double rate = shareRate(0.4, 3);
    assertTrue(rate <= 0.5, "share rate at 0.4: " + rate);
    assertTrue(rate <= 0.15, "share rate at 0.4: " + rate); // 0.079 expected
  }

  @Test
  void theMeasuredRateFollowsTheFormulaMidCurve() {
    // At 0.5 and 0.6 the curve is steep, so a biased or correlated family of hash functions shows here.
    // Binomial standard deviation over 2000 pairs is about 0.01; allow 4 of them.
    assertEquals(nd.bands().shareProbability(0.5), shareRate(0.5, 4), 0.04);
    assertEquals(nd.bands().shareProbability(0.6), shareRate(0.6, 5), 0.045);
  }

  @Test
  void identicalSetsShareEveryBandAndDisjointOnesNone() {
    Random random = new Random(6);
    long[] a = randomSet(random, 300);
    long[] b = randomSet(random, 300);
    NearDuplicates.Signature sa = nd.signature(a);
    assertEquals(sa.bandKeys(), nd.signature(a.clone()).bandKeys());
    NearDuplicates.Signature sb = nd.signature(b);
    for (int i = 0; i < 20; i++) {
      assertTrue(!sa.bandKeys().get(i).equals(sb.bandKeys().get(i)));
    }
  }

  /** Share-a-band rate over pairs A = C ∪ X, B = C ∪ Y with |C| / |C ∪ X ∪ Y| = s exactly. */
  private double shareRate(double s, long seed) {
    Random random = new Random(seed);
    int union = 200;
    int common = (int) Math.round(s * union);
    assertEquals(0, (union - common) % 2, "the test needs an even number of differing shingles");
    int own = (union - common) / 2;
    int shared = 0;
    for (int p = 0; p < PAIRS; p++) {
      long[] all = randomSet(random, union);
      long[] a = new long[common + own];
      long[] b = new long[common + own];
      System.arraycopy(all, 0, a, 0, common + own); // C then X
      System.arraycopy(all, 0, b, 0, common); // C
      System.arraycopy(all, common + own, b, common, own); // then Y
      java.util.Arrays.sort(a);
      java.util.Arrays.sort(b);
      assertEquals(s, Shingles.jaccard(a, b), 1e-9);
      if (nd.sharesBand(nd.signature(a), nd.signature(b))) {
        shared++;
      }
    }
    return (double) shared / PAIRS;
  }

  /** {@code n} distinct random values, in random order. */
  private static long[] randomSet(Random random, int n) {
    return random.longs().distinct().limit(n).toArray();
  }
}
