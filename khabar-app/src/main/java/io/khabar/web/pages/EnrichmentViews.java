package io.khabar.web.pages;

import io.khabar.model.Article;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.model.Topic;
import io.khabar.search.SearchHit;
import io.khabar.search.Timeline;
import io.khabar.web.ArabicCounts;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds what pages show of enrichment: entity and topic links, entity and topic pages. */
final class EnrichmentViews {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ar"));

  private EnrichmentViews() {}

  static List<ArticleView.EntityLink> entities(List<Entity> chips) {
    return chips.stream().map(e -> new ArticleView.EntityLink(Links.entity(e.key()), e.name(), typeName(e.type()))).toList();
  }

  /** The article's topic, or null when it has none. */
  static ArticleView.TopicLink topic(Article a) {
    return Topic.fromKey(a.topic()).map(t -> new ArticleView.TopicLink(Links.topic(t.key()), t.arabicName())).orElse(null);
  }

  static String typeName(EntityType t) {
    return switch (t) {
      case PERSON -> "شخص";
      case LOCATION -> "مكان";
      case ORGANIZATION -> "منظمة";
      case MISC -> "أخرى";
    };
  }

  static TimelineView entityPage(Entity e, Timeline t, int page, int size) {
    return page(typeName(e.type()), e.name(), t, page, size, Links.entity(e.key()),
        "/search?entity=" + Links.encode(e.key()) + "&sort=newest");
  }

  static TimelineView topicPage(Topic topic, Timeline t, int page, int size) {
    return page("موضوع", topic.arabicName(), t, page, size, Links.topic(topic.key()),
        "/search?topic=" + Links.encode(topic.key()) + "&sort=newest");
  }

  private static TimelineView page(String kicker, String heading, Timeline t, int page, int size, String self,
      String searchHref) {
    List<ArticleLink> articles = t.articles().hits().stream().map(EnrichmentViews::link).toList();
    List<TimelineView.StoryRow> stories = t.stories().stream()
        .map(s -> new TimelineView.StoryRow(Links.story(s.story()), ArticleLink.titleOrPlaceholder(s.title()),
            ArabicCounts.articles(s.articles()), DateView.of(s.latest())))
        .toList();
    int pages = (int) Math.min(io.khabar.search.SearchQuery.MAX_OFFSET / size + 1, (t.total() + size - 1) / size);
    SearchView.Pager pager = new SearchView.Pager(page, pages, page > 1 ? self + "?page=" + (page - 1) : null,
        page < pages ? self + "?page=" + (page + 1) : null);
    return new TimelineView(kicker, heading, ArabicCounts.articles(t.total()), counts(t.weeks(), "أسبوع "),
        counts(t.days(), ""), stories, articles, pager, searchHref);
  }

  private static List<TimelineView.Count> counts(List<Timeline.Count> counts, String prefix) {
    long max = counts.stream().mapToLong(Timeline.Count::articles).max().orElse(1);
    return counts.stream()
        .map(c -> new TimelineView.Count(c.start().toString(), prefix + DAY.format(c.start()), c.articles(),
            (int) Math.max(1, Math.round(100.0 * c.articles() / max))))
        .toList();
  }

  private static ArticleLink link(SearchHit h) {
    return ArticleLink.of(h.id(), h.title(), h.source(), h.published());
  }
}
