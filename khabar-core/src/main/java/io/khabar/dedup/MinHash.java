package io.khabar.dedup;

import java.util.Arrays;

/**
 * A MinHash signature: for each of k hash functions, the minimum hash over a shingle set. Two sets agree
 * on one position with probability equal to their Jaccard similarity, which is what {@link LshBands}
 * turns into candidate keys.
 *
 * <p>Hash function i is {@code mix(shingle ^ seed_i)}, where {@link #mix} is murmur3's 64-bit finalizer
 * (a bijection with full avalanche) and the seeds come from a splitmix64 sequence started at a fixed
 * seed. Nothing depends on {@code hashCode}, the JVM or the machine, so a signature stored today matches
 * one computed next year.
 *
 * <p>Why not Lucene's {@code org.apache.lucene.analysis.minhash.MinHashFilter}: it is a TokenFilter that
 * turns an already-shingled token stream into hash <em>tokens</em> at index time, for similarity
 * queries over those tokens. Khabar needs more and less than that: the exact shingle set (verification
 * is exact Jaccard, so precision is not traded away), and banded keys whose collision probability is the
 * documented S-curve, computed without an analyzer, a ShingleFilter and a token stream per article.
 * Its tokens are 128-bit murmur3 hashes of shingle <em>strings</em>, bucketed into one-permutation
 * ranges; banding them would mean decoding our own hashes back out of token text. A 40-line class over
 * the shingle hashes we already have is simpler, faster and testable on its own.
 */
public final class MinHash {
  /** "khabar" in ASCII: any constant works, but it must never change, or stored keys stop matching. */
  public static final long DEFAULT_SEED = 0x6b6861626172L;

  private final long[] seeds;

  /** {@code k} hash functions derived from {@link #DEFAULT_SEED}. */
  public MinHash(int k) {
    this(k, DEFAULT_SEED);
  }

  public MinHash(int k, long seed) {
    if (k < 1) {
      throw new IllegalArgumentException("a MinHash needs at least one hash function, got " + k);
    }
    seeds = new long[k];
    long state = seed;
    for (int i = 0; i < k; i++) {
      state += 0x9E3779B97F4A7C15L; // splitmix64: consecutive outputs are independent-looking seeds
      seeds[i] = mix(state);
    }
  }

  /** The number of hash functions, k. */
  public int size() {
    return seeds.length;
  }

  /**
   * The k minimums over {@code shingles}. An empty set gives {@link Long#MAX_VALUE} everywhere, which no
   * real set produces in practice; callers that must not match empty texts check for emptiness first.
   */
  public long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    // Shingles outside, functions inside: the signature stays in cache while each shingle is read once.
    for (long x : shingles) {
      for (int i = 0; i < sig.length; i++) {
        long h = mix(x ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** murmur3 fmix64: a fast 64-bit bijection in which every input bit flips each output bit with p≈1/2. */
  public static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
