package io.khabar.web.pages;

import java.util.List;

/**
 * A story's full coverage (تغطية كاملة): its headline, who reported it first, its outlets, the time it
 * spans ({@code from} the first report to {@code latest}; either may be null), and every text of it,
 * earliest first, copies folded.
 */
public record StoryView(String title, String summary, String outletNames, String firstOutlet, DateView from,
                        DateView latest, List<Item> items, Chart chart) {

  /**
   * The story's timeline as a small server-side SVG bar chart (no script): articles per hour when the
   * story spans two days or less, else per day, in the site's zone; null for a story of one moment.
   */
  public record Chart(String caption, int width, int height, List<Bar> bars, String first, String last) {}

  /** One bar: its rectangle in the chart's coordinates and what it counts. */
  public record Bar(int x, int y, int width, int height, String label) {}

  /**
   * One text: its earliest copy as {@code link}, the names of every outlet that carried it,
   * whether it reported the story first, and its other copies ("also in").
   */
  public record Item(ArticleLink link, String outletNames, boolean first, List<ArticleLink> copies) {}
}
