package io.khabar.lab.eval;

import java.util.Arrays;

/**
 * Pairs of distinct shingle sets (a &lt; b, see {@link NearDupCorpus}) with their exact Jaccard, sorted by
 * (a, b) so that two results are compared by one merge. A pair is packed in a long: {@code a << 32 | b}.
 */
final class NearDupPairs {
  private final long[] keys;
  private final double[] jaccard;

  private NearDupPairs(long[] keys, double[] jaccard) {
    this.keys = keys;
    this.jaccard = jaccard;
  }

  int size() {
    return keys.length;
  }

  int first(int i) {
    return (int) (keys[i] >>> 32);
  }

  int second(int i) {
    return (int) keys[i];
  }

  double jaccard(int i) {
    return jaccard[i];
  }

  /** The pairs with Jaccard ≥ t. */
  NearDupPairs atLeast(double t) {
    Builder b = new Builder();
    for (int i = 0; i < keys.length; i++) {
      if (jaccard[i] >= t) {
        b.add(first(i), second(i), jaccard[i]);
      }
    }
    return b.build();
  }

  /** Article pairs behind these pairs of distinct sets. */
  long articlePairs(NearDupCorpus corpus) {
    long n = 0;
    for (int i = 0; i < keys.length; i++) {
      n += corpus.articlePairs(first(i), second(i));
    }
    return n;
  }

  /** The pairs present in both. */
  NearDupPairs intersect(NearDupPairs other) {
    Builder b = new Builder();
    int i = 0;
    int j = 0;
    while (i < keys.length && j < other.keys.length) {
      if (keys[i] == other.keys[j]) {
        b.add(first(i), second(i), jaccard[i]);
        i++;
        j++;
      } else if (keys[i] < other.keys[j]) {
        i++;
      } else {
        j++;
      }
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NearDupPairs p && Arrays.equals(keys, p.keys);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys);
  }

  static final class Builder {
    private long[] keys = new long[1024];
    private double[] jaccard = new double[1024];
    private int n;

    /** Adds pair {a, b} (any order; a ≠ b). */
    Builder add(int a, int b, double j) {
      if (a == b) {
        throw new IllegalArgumentException("a pair needs two different sets, got " + a + " twice");
      }
      if (n == keys.length) {
        keys = Arrays.copyOf(keys, n * 2);
        jaccard = Arrays.copyOf(jaccard, n * 2);
      }
      keys[n] = (long) Math.min(a, b) << 32 | Math.max(a, b);
      jaccard[n++] = j;
      return this;
    }

    /** Sorted by pair; a pair added twice is kept once. */
    NearDupPairs build() {
      Integer[] order = new Integer[n];
      boolean sorted = true;
      for (int i = 0; i < n; i++) {
        order[i] = i;
        sorted &= i == 0 || keys[i - 1] < keys[i];
      }
      if (!sorted) {
        Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
      }
      long[] k = new long[n];
      double[] j = new double[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        long key = keys[order[i]];
        if (m == 0 || k[m - 1] != key) {
          k[m] = key;
          j[m++] = jaccard[order[i]];
        }
      }
      return new NearDupPairs(Arrays.copyOf(k, m), Arrays.copyOf(j, m));
    }
  }
}
