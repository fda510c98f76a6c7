package io.khabar.web.pages;

import java.util.List;

/**
 * An article page. {@code paragraphs} are the lead only ({@code excerpt}) unless the site republishes full
 * texts ({@code serve --full-text}): the reader is sent to the outlet for the rest. {@code sourceUrl} is null when the original cannot be linked; {@code readAlso}
 * is null when no other article qualifies; {@code coverage} is null unless the article's story has
 * other articles; {@code topic} is null when the article has none.
 */
public record ArticleView(String id, String title, String outlet, DateView date, String author, String category,
                          List<String> paragraphs, boolean excerpt, String sourceUrl, Coverage coverage, ArticleLink readAlso,
                          List<Similar> similar, List<EntityLink> entities,
                          TopicLink topic, HomeView.Picture picture) {

  /** An entity the article mentions, linking to its page; {@code type} in Arabic. */
  public record EntityLink(String href, String name, String type) {}

  /** The article's topic, linking to its page. */
  public record TopicLink(String href, String name) {}

  /** A similar article and, in words a reader recognises, why it was chosen. */
  public record Similar(ArticleLink link, String reason) {}

  /**
   * The article's story in brief: a link to its full coverage, the other copies of the article's own
   * text ({@code sameText}), and the story's other texts; {@code more} (null if none) says how many of
   * those are left out.
   */
  public record Coverage(String href, String summary, List<ArticleLink> sameText, List<StoryView.Item> others,
                         String more) {}
}
