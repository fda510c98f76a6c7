package io.khabar.lab.eval;

import io.khabar.extract.Text;
import io.khabar.text.ArabicFolding;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores of one extracted page against its gold copy. Body text is compared as a bag of words (folded with
 * {@link Fold}: diacritics, hamza forms and digit scripts do not count as differences), the usual measure
 * for boilerplate removal (CleanEval, Trafilatura's benchmark): precision punishes boilerplate kept, recall
 * punishes text lost.
 */
public final class ExtractionScore {
  private ExtractionScore() {}

  /** Token F1 of {@code got} against {@code gold}; 1 when both are empty. */
  public static double tokenF1(String got, String gold) {
    Map<String, Integer> a = bag(got);
    Map<String, Integer> b = bag(gold);
    int na = a.values().stream().mapToInt(Integer::intValue).sum();
    int nb = b.values().stream().mapToInt(Integer::intValue).sum();
    if (na == 0 && nb == 0) {
      return 1;
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    if (common == 0) {
      return 0;
    }
    double p = (double) common / na;
    double r = (double) common / nb;
    return 2 * p * r / (p + r);
  }

  static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    for (String t : ArabicFolding.MATCHING.fold(text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        bag.merge(t, 1, Integer::sum);
      }
    }
    return bag;
  }

  /** Dates match when they are the same instant; a page without a date must give none. */
  /**
   * Dates are judged to the day, as the gold gives them (a page may show a day and no time): the same day as
   * written on the page (each in its own offset) or the same UTC day.
   */
  public static boolean sameDay(java.time.OffsetDateTime got, java.time.OffsetDateTime gold) {
    if (gold == null || got == null) {
      return gold == got;
    }
    java.time.ZoneOffset utc = java.time.ZoneOffset.UTC;
    return got.toLocalDate().equals(gold.toLocalDate())
        || got.atZoneSameInstant(utc).toLocalDate().equals(gold.atZoneSameInstant(utc).toLocalDate());
  }

  /** Titles and authors match when equal after whitespace clean-up and folding. */
  public static boolean same(String got, String gold) {
    return ArabicFolding.MATCHING.fold(Text.clean(got == null ? "" : got)).equals(ArabicFolding.MATCHING.fold(Text.clean(gold == null ? "" : gold)));
  }
}
