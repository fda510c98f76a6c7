package io.khabar.lab.eval;

import io.khabar.model.Article;
import io.khabar.dedup.Shingles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shingle sets of a corpus with identical sets merged: set i stands for {@code copies[i]} articles.
 *
 * <p>Why merge: a corpus holds groups of byte-for-byte (or diacritics-only) copies, and every pair inside a
 * group is a near-duplicate pair with Jaccard exactly 1. Comparing them pair by pair would make both
 * methods quadratic in the group size and teach nothing; merging is exact, so both methods see the same
 * distinct sets and every pair of articles is still counted (see {@link #articlePairs}).
 */
final class NearDupCorpus {
  final int articles;
  /** Articles without a single word: they have no shingles and are nobody's near-duplicate. */
  final int emptyArticles;
  /** Distinct non-empty shingle sets, sorted unique hashes each. */
  final long[][] sets;
  /** How many articles have set i. */
  final int[] copies;

  private NearDupCorpus(int articles, int emptyArticles, long[][] sets, int[] copies) {
    this.articles = articles;
    this.emptyArticles = emptyArticles;
    this.sets = sets;
    this.copies = copies;
  }

  /** Shingles each article's text (the title is left out: outlets rewrite titles, copies keep the body). */
  static NearDupCorpus of(List<Article> articles, int shingleSize) {
    List<long[]> shingled = new ArrayList<>(articles.size());
    for (Article a : articles) {
      shingled.add(Shingles.of(a.text(), shingleSize));
    }
    return fromSets(shingled);
  }

  static NearDupCorpus fromSets(List<long[]> shingled) {
    Map<Key, Integer> index = new HashMap<>();
    List<long[]> sets = new ArrayList<>();
    int[] copies = new int[shingled.size()];
    int empty = 0;
    for (long[] s : shingled) {
      if (s.length == 0) {
        empty++;
        continue;
      }
      Integer id = index.putIfAbsent(new Key(s), sets.size());
      if (id == null) {
        id = sets.size();
        sets.add(s);
      }
      copies[id]++;
    }
    return new NearDupCorpus(shingled.size(), empty, sets.toArray(new long[0][]), Arrays.copyOf(copies, sets.size()));
  }

  int distinct() {
    return sets.length;
  }

  /** Article pairs behind a pair of distinct sets. */
  long articlePairs(int a, int b) {
    return (long) copies[a] * copies[b];
  }

  /** Article pairs inside groups of identical sets: near-duplicates (Jaccard 1) that need no search. */
  long identicalPairs() {
    long n = 0;
    for (int c : copies) {
      n += (long) c * (c - 1) / 2;
    }
    return n;
  }

  /** Articles that have at least one identical copy. */
  int articlesWithIdenticalCopy() {
    int n = 0;
    for (int c : copies) {
      n += c > 1 ? c : 0;
    }
    return n;
  }

  long totalShingles() {
    long n = 0;
    for (long[] s : sets) {
      n += s.length;
    }
    return n;
  }

  /** A long[] as a hash key by content. */
  private record Key(long[] set) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(set, k.set);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(set);
    }
  }
}
