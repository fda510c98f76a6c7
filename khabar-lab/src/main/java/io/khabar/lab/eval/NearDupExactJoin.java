package io.khabar.lab.eval;

import java.util.Arrays;

/**
 * The truth: exact Jaccard of every pair of distinct sets that share at least one shingle, found through
 * an inverted index (shingle → sets holding it) by counting, for each set a, how many shingles each later
 * set b shares with it; then J = inter / (|A| + |B| - inter).
 *
 * <p>Nothing is skipped, not even the posting lists of boilerplate shingles present in thousands of
 * articles: the work is the sum over shingles of df·(df-1)/2 counter increments, which on SaudiNewsNet
 * takes seconds, so there is no need to argue which pairs a cut-off might lose.
 */
final class NearDupExactJoin {
  /** Pairs of distinct sets that share at least one shingle (all compared exactly). */
  long pairsSharingAShingle;
  /** Counter increments: the sum over shingles of df·(df-1)/2. */
  long increments;
  /** The largest number of distinct sets holding one shingle. */
  int maxDocumentFrequency;

  /** All pairs with exact Jaccard ≥ {@code minJaccard}. */
  NearDupPairs join(NearDupCorpus corpus, double minJaccard) {
    long[][] sets = corpus.sets;
    int n = sets.length;

    // Dictionary: every distinct shingle gets a dense id (sorted array + binary search, no boxing).
    long total = corpus.totalShingles();
    long[] dict = new long[Math.toIntExact(total)];
    int p = 0;
    for (long[] s : sets) {
      System.arraycopy(s, 0, dict, p, s.length);
      p += s.length;
    }
    Arrays.sort(dict);
    int terms = 0;
    for (int i = 0; i < dict.length; i++) {
      if (terms == 0 || dict[i] != dict[terms - 1]) {
        dict[terms++] = dict[i];
      }
    }

    // Posting lists in CSR form; filled in set order, so each list is ascending.
    int[][] termIds = new int[n][];
    int[] start = new int[terms + 1];
    for (int a = 0; a < n; a++) {
      int[] ids = new int[sets[a].length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = Arrays.binarySearch(dict, 0, terms, sets[a][i]);
        start[ids[i] + 1]++;
      }
      termIds[a] = ids;
    }
    for (int t = 0; t < terms; t++) {
      maxDocumentFrequency = Math.max(maxDocumentFrequency, start[t + 1]);
      increments += (long) start[t + 1] * (start[t + 1] - 1) / 2;
      start[t + 1] += start[t];
    }
    int[] postings = new int[start[terms]];
    int[] fill = Arrays.copyOf(start, terms);
    for (int a = 0; a < n; a++) {
      for (int t : termIds[a]) {
        postings[fill[t]++] = a;
      }
    }

    // Count shared shingles with every later set, then turn counts into Jaccard.
    NearDupPairs.Builder out = new NearDupPairs.Builder();
    int[] shared = new int[n];
    int[] touched = new int[n];
    for (int a = 0; a < n; a++) {
      int touchedCount = 0;
      for (int t : termIds[a]) {
        int from = Arrays.binarySearch(postings, start[t], start[t + 1], a) + 1; // a is in its own lists
        for (int i = from; i < start[t + 1]; i++) {
          int b = postings[i];
          if (shared[b]++ == 0) {
            touched[touchedCount++] = b;
          }
        }
      }
      pairsSharingAShingle += touchedCount;
      for (int i = 0; i < touchedCount; i++) {
        int b = touched[i];
        int inter = shared[b];
        shared[b] = 0;
        double j = (double) inter / (sets[a].length + sets[b].length - inter);
        if (j >= minJaccard) {
          out.add(a, b, j);
        }
      }
    }
    return out.build();
  }
}
