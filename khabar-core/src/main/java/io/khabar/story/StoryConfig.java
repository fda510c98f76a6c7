package io.khabar.story;

import java.time.Duration;

/**
 * The knobs of story grouping, tuned on the story dev set ({@code docs/eval/stories-dev.tsv}) only.
 *
 * @param window        an article is compared with articles published within this of it
 * @param span          a story takes articles published within this of its first one (no endless chains)
 * @param threshold     an article joins the best story scoring at least this, else starts its own
 * @param titleWeight   weight of shared title words beside the texts' cosine
 * @param candidates    how many nearby articles are compared
 * @param undatedMargin an undated article needs this much more to join a story (it gets none otherwise)
 * @param entityWeight  weight of shared entity keys (Jaccard) beside the cosine; 0 = off. The default 0.2 was
 *                      chosen on the story dev set (B-cubed F1 0.905 without, 0.930 with it: `./khabar eval
 *                      --only stories`). Articles without entities score 0 on it.
 */
public record StoryConfig(Duration window, Duration span, double threshold, double titleWeight, int candidates,
                          double undatedMargin, double entityWeight) {

  public StoryConfig(Duration window, Duration span, double threshold, double titleWeight, int candidates,
      double undatedMargin) {
    this(window, span, threshold, titleWeight, candidates, undatedMargin, 0);
  }

  public static StoryConfig defaults() {
    return new StoryConfig(Duration.ofDays(3), Duration.ofDays(4), 0.2, 0.6, 15, 0.15, 0.2);
  }

  public StoryConfig withThreshold(double t) {
    return new StoryConfig(window, span, t, titleWeight, candidates, undatedMargin, entityWeight);
  }

  public StoryConfig withTitleWeight(double w) {
    return new StoryConfig(window, span, threshold, w, candidates, undatedMargin, entityWeight);
  }

  public StoryConfig withWindow(Duration w) {
    return new StoryConfig(w, span, threshold, titleWeight, candidates, undatedMargin, entityWeight);
  }

  public StoryConfig withEntityWeight(double w) {
    return new StoryConfig(window, span, threshold, titleWeight, candidates, undatedMargin, w);
  }
}
