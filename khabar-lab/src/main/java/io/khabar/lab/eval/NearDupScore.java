package io.khabar.lab.eval;

/**
 * Precision and recall of predicted near-duplicate pairs against the exhaustive truth, counted two ways:
 * over article pairs (what a reader sees: a wire story run by five outlets is ten pairs) and over pairs
 * of distinct texts (each group of identical copies counted once, so big copy groups cannot dominate).
 *
 * <p>Pairs inside a group of identical copies count as true, predicted and found in article pairs: their
 * Jaccard is 1 and identical sets share every band key, so LSH finds them with certainty.
 */
record NearDupScore(double threshold, long truth, long predicted, long found,
    long truthDistinct, long predictedDistinct, long foundDistinct) {

  static NearDupScore of(double threshold, NearDupPairs truth, NearDupPairs predicted, NearDupCorpus corpus) {
    NearDupPairs t = truth.atLeast(threshold);
    NearDupPairs p = predicted.atLeast(threshold);
    NearDupPairs both = t.intersect(p);
    long identical = corpus.identicalPairs();
    return new NearDupScore(threshold, identical + t.articlePairs(corpus), identical + p.articlePairs(corpus),
        identical + both.articlePairs(corpus), t.size(), p.size(), both.size());
  }

  /** Share of predicted article pairs that are true; NaN when nothing is predicted. */
  double precision() {
    return ratio(found, predicted);
  }

  /** Share of true article pairs that are predicted; NaN when there are none. */
  double recall() {
    return ratio(found, truth);
  }

  double precisionDistinct() {
    return ratio(foundDistinct, predictedDistinct);
  }

  double recallDistinct() {
    return ratio(foundDistinct, truthDistinct);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
