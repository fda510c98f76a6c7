package io.khabar.story;

import java.time.Duration;

/**
 * The knobs of story grouping, chosen on the dev windows only ({@code docs/eval/stories-windows.md}; figures in
 * the stories section of docs/benchmarks.md).
 *
 * @param reach         a story takes an article published within this of one of its articles (before its first or
 *                      after its last): its reach in time follows its own activity
 * @param maxSpan       ... but never an article published more than this after its first: an event's coverage
 *                      spans a few days (the gold's events lie within 5 days, docs/eval/stories-dev.md); what
 *                      follows is a new happening of the saga, and a story that went on taking it would drift from
 *                      event to event. 4 days cost the sparse dev set's recall its floor (0.825 &lt; 0.85)
 * @param decay         a member's weight in its story's centroid falls by a factor e for every this much older it is
 *                      than the story's newest: a week-long story is compared by what it is about now
 * @param threshold     an article joins the story whose centroid is nearest if the cosine reaches this, else starts one;
 *                      the best dev-window F1 among the thresholds that keep the sparse dev set's recall at its 0.85
 *                      floor (0.22 scores the same F1, 0.887 against 0.886, but its recall is 0.8499)
 * @param undatedMargin an undated article needs this much more to join a story (it gets none otherwise)
 * @param titleWeight   a title word counts this many times a word of the text
 * @param bodyTerms     the text's first this many terms are compared (the lead and the start carry the event;
 *                      the rest of a long piece drifts into background)
 * @param vectorTerms   an article is compared by its heaviest this many terms
 */
public record StoryConfig(Duration reach, Duration maxSpan, Duration decay, double threshold, double undatedMargin, double titleWeight,
                          int bodyTerms, int vectorTerms) {

  public static StoryConfig defaults() {
    return new StoryConfig(Duration.ofHours(36), Duration.ofDays(5), Duration.ofHours(6), 0.215, 0.15, 3, 100, 100);
  }

  public StoryConfig withThreshold(double t) {
    return new StoryConfig(reach, maxSpan, decay, t, undatedMargin, titleWeight, bodyTerms, vectorTerms);
  }

  public StoryConfig withReach(Duration r) {
    return new StoryConfig(r, maxSpan, decay, threshold, undatedMargin, titleWeight, bodyTerms, vectorTerms);
  }

  public StoryConfig withMaxSpan(Duration m) {
    return new StoryConfig(reach, m, decay, threshold, undatedMargin, titleWeight, bodyTerms, vectorTerms);
  }

  public StoryConfig withDecay(Duration d) {
    return new StoryConfig(reach, maxSpan, d, threshold, undatedMargin, titleWeight, bodyTerms, vectorTerms);
  }

  public StoryConfig withTitleWeight(double w) {
    return new StoryConfig(reach, maxSpan, decay, threshold, undatedMargin, w, bodyTerms, vectorTerms);
  }

  public StoryConfig withBodyTerms(int n) {
    return new StoryConfig(reach, maxSpan, decay, threshold, undatedMargin, titleWeight, n, vectorTerms);
  }
}
