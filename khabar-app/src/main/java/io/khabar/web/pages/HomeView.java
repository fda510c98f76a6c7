package io.khabar.web.pages;

import java.util.List;

/** The home page: the latest titles of each outlet; {@code total} 0 means an empty store. */
public record HomeView(long total, String summary, List<Outlet> outlets) {

  public record Outlet(String name, String count, String searchHref, List<ArticleLink> latest) {}

  public boolean empty() {
    return total == 0;
  }
}
