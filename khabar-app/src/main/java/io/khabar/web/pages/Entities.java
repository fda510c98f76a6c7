package io.khabar.web.pages;

import io.khabar.model.Article;
import io.khabar.Khabar;
import io.khabar.model.Entity;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchQuery;
import java.io.IOException;
import java.util.Optional;

/** Looks an entity up by its key: as the newest article that mentions it names it. */
public final class Entities {
  private Entities() {}

  public static Optional<Entity> find(Khabar khabar, String key) throws IOException {
    SearchQuery q = SearchQuery.of("").withEntity(key).withSort(SearchQuery.Sort.NEWEST).withPage(0, 1);
    for (SearchHit h : khabar.search(q).hits()) {
      Optional<Article> a = khabar.article(h.id());
      if (a.isPresent()) {
        return a.get().entities().stream().filter(e -> e.key().equals(key)).findFirst();
      }
    }
    return Optional.empty();
  }
}
