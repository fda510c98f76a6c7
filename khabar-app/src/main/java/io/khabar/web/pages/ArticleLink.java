package io.khabar.web.pages;

import io.khabar.model.Article;
import io.khabar.relate.Related;
import io.khabar.model.Headline;
import io.khabar.web.Outlets;
import java.time.OffsetDateTime;

/** A title linking to an article page, with its outlet and date. */
public record ArticleLink(String href, String title, String outlet, DateView date) {
  static final String UNTITLED = "(بدون عنوان)";

  public static ArticleLink of(Article a) {
    return of(a.id(), a.title(), a.source(), a.published());
  }

  public static ArticleLink of(Related.Entry e) {
    return of(e.id(), e.title(), e.source(), e.published());
  }

  public static ArticleLink of(Headline h) {
    return of(h.id(), h.title(), h.source(), h.published());
  }

  static ArticleLink of(String id, String title, String source, OffsetDateTime published) {
    return new ArticleLink(Links.article(id), titleOrPlaceholder(title), Outlets.name(source), DateView.of(published));
  }

  static String titleOrPlaceholder(String title) {
    return title == null || title.isBlank() ? UNTITLED : title;
  }
}
