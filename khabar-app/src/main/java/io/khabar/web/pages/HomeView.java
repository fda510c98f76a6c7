package io.khabar.web.pages;

import java.util.List;

/**
 * The home page: the top stories (ranked as {@code io.khabar.story.Stories#weight} documents), then the
 * latest texts of each outlet with copies folded; {@code total} 0 means an empty store.
 */
public record HomeView(long total, String summary, List<TopStory> top, List<Outlet> outlets) {

  /**
   * A top story: its headline (the first report's title), who reported it first, the outlets covering
   * it, the time it spans, and up to three other outlets' headlines.
   */
  public record TopStory(String href, String title, String firstHref, String firstOutlet, String counts, String outletNames,
                         DateView from, DateView to, List<ArticleLink> others, Picture picture) {}

  /** One outlet's column: its newest texts, each shown once. */
  public record Outlet(String name, String count, String searchHref, List<Entry> latest) {}

  /** A text in a list, and the other outlets that carried the same text ({@code alsoIn} null if none). */
  public record Entry(ArticleLink link, String alsoIn) {}

  /** A thumbnail served from Khabar's own origin; null when the story has none. */
  public record Picture(String src, String alt) {}

  public boolean empty() {
    return total == 0;
  }
}
