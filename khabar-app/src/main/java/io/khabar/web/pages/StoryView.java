package io.khabar.web.pages;

import java.util.List;

/**
 * A story's full coverage (تغطية كاملة): its headline, who reported it first, its outlets, the time it
 * spans ({@code from} the first report to {@code latest}; either may be null), and every text of it,
 * earliest first, copies folded.
 */
public record StoryView(String title, String summary, String outletNames, String firstOutlet, DateView from,
                        DateView latest, List<Item> items) {

  /**
   * One text: its earliest copy as {@code link}, the names of every outlet that carried it,
   * whether it reported the story first, and its other copies ("also in").
   */
  public record Item(ArticleLink link, String outletNames, boolean first, List<ArticleLink> copies) {}
}
