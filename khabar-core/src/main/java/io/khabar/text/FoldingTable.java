package io.khabar.text;

import java.util.function.IntUnaryOperator;

/**
 * Every char's folded form, computed once: 256 pages of 256 entries, where a page the folding leaves unchanged
 * is not stored. Arabic-only foldings keep a handful of pages; one that lower-cases keeps a few dozen.
 */
final class FoldingTable {
  private static final int PAGE = 256;

  private final int[][] pages = new int[PAGE][];

  /** @param fold a char's folded form, or {@link FoldingRule#DROP} */
  FoldingTable(IntUnaryOperator fold) {
    for (int p = 0; p < PAGE; p++) {
      pages[p] = page(p, fold);
    }
  }

  /** The folded char, or {@link FoldingRule#DROP}. */
  int get(char c) {
    int[] page = pages[c >>> 8];
    return page == null ? c : page[c & 0xFF];
  }

  /** The page's folded chars, or null when it folds every char to itself. */
  private static int[] page(int p, IntUnaryOperator fold) {
    int[] page = new int[PAGE];
    boolean identity = true;
    for (int i = 0; i < PAGE; i++) {
      int c = p * PAGE + i;
      page[i] = fold.applyAsInt(c);
      identity &= page[i] == c;
    }
    return identity ? null : page;
  }
}
