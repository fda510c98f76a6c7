package io.khabar.web.pages;

import java.util.List;

/**
 * An article page. {@code sourceUrl} is null when the original cannot be linked; {@code readAlso}
 * is null when no other article qualifies.
 */
public record ArticleView(String id, String title, String outlet, DateView date, String author, String category,
                          List<String> paragraphs, String sourceUrl, ArticleLink readAlso, List<Similar> similar) {

  /** A similar article and, in words a reader recognises, why it was chosen. */
  public record Similar(ArticleLink link, String reason) {}
}
