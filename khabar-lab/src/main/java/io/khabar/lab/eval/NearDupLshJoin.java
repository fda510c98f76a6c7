package io.khabar.lab.eval;

import io.khabar.dedup.NearDuplicates;
import io.khabar.dedup.Shingles;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The method under test: MinHash band keys per set, sets bucketed by key, every pair sharing a bucket a
 * candidate, each candidate verified once by exact Jaccard.
 *
 * <p>Identical texts are merged before bucketing ({@link NearDupCorpus}), which is what keeps buckets
 * small: without it one boilerplate text published 300 times is a bucket of 300 and 45,000 candidates in
 * each of its 20 bands. What remains are buckets of distinct but near-identical texts; they are not capped
 * (a cap would lose exactly the pairs we look for) and the largest one is reported.
 */
final class NearDupLshJoin {
  private final NearDuplicates nd;
  /** Candidate pairs of distinct sets (each verified once). */
  long candidates;
  /** Buckets holding more than one set. */
  int sharedBuckets;
  /** The most distinct sets in one bucket. */
  int largestBucket;

  NearDupLshJoin(NearDuplicates nd) {
    this.nd = nd;
  }

  /** Candidate pairs whose exact Jaccard is ≥ {@code minJaccard}. */
  NearDupPairs join(NearDupCorpus corpus, double minJaccard) {
    long[][] sets = corpus.sets;
    int n = sets.length;
    List<String>[] keys = keys(sets);

    // A bucket is an int[] holding its size at [0] and its members from [1], in ascending order.
    Map<String, int[]> buckets = new HashMap<>(n * 8);
    for (int a = 0; a < n; a++) {
      for (String k : keys[a]) {
        buckets.merge(k, new int[] {1, a}, NearDupLshJoin::append);
      }
    }

    NearDupPairs.Builder out = new NearDupPairs.Builder();
    int[] seenBy = new int[n];
    Arrays.fill(seenBy, -1);
    for (int a = 0; a < n; a++) {
      for (String k : keys[a]) {
        int[] bucket = buckets.get(k);
        // Only pairs (a, b > a), and each pair once however many bands it shares.
        for (int i = 1; i <= bucket[0]; i++) {
          int b = bucket[i];
          if (b <= a || seenBy[b] == a) {
            continue;
          }
          seenBy[b] = a;
          candidates++;
          double j = Shingles.jaccard(sets[a], sets[b]);
          if (j >= minJaccard) {
            out.add(a, b, j);
          }
        }
      }
    }
    for (int[] bucket : buckets.values()) {
      if (bucket[0] > 1) {
        sharedBuckets++;
        largestBucket = Math.max(largestBucket, bucket[0]);
      }
    }
    return out.build();
  }

  @SuppressWarnings("unchecked")
  private List<String>[] keys(long[][] sets) {
    List<String>[] keys = new List[sets.length];
    for (int a = 0; a < sets.length; a++) {
      keys[a] = nd.signature(sets[a]).bandKeys();
    }
    return keys;
  }

  private static int[] append(int[] bucket, int[] one) {
    int n = bucket[0];
    if (n + 1 == bucket.length) {
      bucket = Arrays.copyOf(bucket, bucket.length * 2);
    }
    bucket[n + 1] = one[1];
    bucket[0] = n + 1;
    return bucket;
  }
}
