package io.khabar.web.pages;

import java.util.List;

/**
 * The stories home: the stories of the moment, most important first. {@code emptyStore} means no
 * article at all; a store with articles but no stories was imported without grouping.
 */
public record StoriesView(boolean emptyStore, List<Story> stories, SearchView.Pager pager) {

  /** One story in the list: its title links to its full coverage. {@code latest} may be null. */
  public record Story(String href, String title, String articles, String outlets, String outletNames,
                      DateView latest) {}
}
