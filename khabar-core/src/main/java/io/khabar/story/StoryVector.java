package io.khabar.story;

/**
 * An article as story grouping compares it: its heaviest terms with unit-length weights, heaviest first (a fixed
 * order, so that sums over them come out the same on every run).
 */
record StoryVector(String[] terms, double[] weights) {
  static final StoryVector EMPTY = new StoryVector(new String[0], new double[0]);

  boolean isEmpty() {
    return terms.length == 0;
  }
}
