package io.khabar.relate;

import java.time.Duration;

/**
 * The knobs of related-article search, with the defaults tuned on the story dev set
 * ({@code docs/eval/stories-dev.tsv}, see docs/benchmarks.md).
 *
 * @param titleBoost        weight of a title term relative to a text term
 * @param queryTerms        how many salient terms form the candidate query
 * @param candidates        how many candidates are scored
 * @param window            half of the candidates are taken from this close in time
 * @param timeWeight        share of the score that depends on time (0 = time-blind)
 * @param halfLifeDays      after this many days apart the time share is halved
 * @param copyCosine        texts at least this similar are copies of one text
 * @param titleJaccard      titles sharing at least this share of their words are near-identical
 * @param otherEventCosine  read-also prefers an article less similar than this (another event)
 */
public record RelatedConfig(double titleBoost, int queryTerms, int candidates, Duration window, double timeWeight,
                            double halfLifeDays, double copyCosine, double titleJaccard, double otherEventCosine) {

  public static RelatedConfig defaults() {
    return new RelatedConfig(3.0, 25, 40, Duration.ofDays(30), 0.8, 2, 0.85, 0.6, 0.35);
  }

  public RelatedConfig withTime(double weight, double halfLife) {
    return new RelatedConfig(titleBoost, queryTerms, candidates, window, weight, halfLife, copyCosine, titleJaccard,
        otherEventCosine);
  }

  public RelatedConfig withTitleBoost(double boost) {
    return new RelatedConfig(boost, queryTerms, candidates, window, timeWeight, halfLifeDays, copyCosine, titleJaccard,
        otherEventCosine);
  }
}
