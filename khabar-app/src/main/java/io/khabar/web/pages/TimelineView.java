package io.khabar.web.pages;

import java.util.List;

/**
 * An entity's or a topic's page: what it is, how many articles, counts per day and week (newest
 * first, {@code percent} of the busiest for a bar), its stories, and one page of its articles.
 * {@code searchHref} opens the search page with the same filter.
 */
public record TimelineView(String kicker, String heading, String summary, List<Count> weeks, List<Count> days,
                           List<StoryRow> stories, List<ArticleLink> articles, SearchView.Pager pager,
                           String searchHref) {

  public record Count(String iso, String label, long articles, int percent) {}

  public record StoryRow(String href, String title, String articles, DateView latest) {}
}
