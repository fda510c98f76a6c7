package io.khabar.web.pages;

import io.javalin.http.Context;
import io.khabar.Khabar;
import io.khabar.model.Entity;
import io.khabar.model.Topic;
import io.khabar.search.SearchQuery;
import io.khabar.search.Timeline;
import io.khabar.web.ArabicCounts;
import io.khabar.web.NotFound;
import io.khabar.web.Params;
import io.khabar.web.Templates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Pages of enrichment: an entity's articles and stories over time, a topic's, and the list of topics. */
public final class EnrichmentPages {
  static final int PAGE_SIZE = 20;
  static final int STORIES = 10;

  private final Khabar khabar;
  private final Templates templates;

  public EnrichmentPages(Khabar khabar, Templates templates) {
    this.khabar = khabar;
    this.templates = templates;
  }

  public void entity(Context ctx) throws IOException {
    String key = ctx.pathParam("key");
    Entity entity = Entities.find(khabar, key).orElseThrow(() -> NotFound.entity(key));
    int page = page(ctx);
    Timeline t = khabar.timeline(filter(page).withEntity(key), STORIES);
    checkPage(page, t);
    templates.render(ctx, 200, "timeline.jte", EnrichmentViews.entityPage(entity, t, page, PAGE_SIZE));
  }

  public void topic(Context ctx) throws IOException {
    String key = ctx.pathParam("topic");
    Topic topic = Topic.fromKey(key).orElseThrow(() -> NotFound.topic(key));
    int page = page(ctx);
    Timeline t = khabar.timeline(filter(page).withTopic(key), STORIES);
    checkPage(page, t);
    templates.render(ctx, 200, "timeline.jte", EnrichmentViews.topicPage(topic, t, page, PAGE_SIZE));
  }

  public void topics(Context ctx) throws IOException {
    List<TopicsView.Row> rows = new ArrayList<>();
    for (Topic t : Topic.values()) {
      long n = khabar.search(SearchQuery.of("").withTopic(t.key()).withPage(0, 1)).total();
      rows.add(new TopicsView.Row(Links.topic(t.key()), t.arabicName(), ArabicCounts.articles(n)));
    }
    templates.render(ctx, 200, "topics.jte", new TopicsView(rows));
  }

  /** A page past the last is a 404, never "الصفحة 26 من 25". */
  private static void checkPage(int page, Timeline t) {
    int pages = pages(t.total());
    if (page > Math.max(1, pages)) {
      throw io.khabar.web.NotFound.page(page, pages);
    }
  }

  static int pages(long total) {
    return (int) Math.min(SearchQuery.MAX_OFFSET / PAGE_SIZE + 1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  static int page(Context ctx) {
    return Params.of(ctx).integer("page", 1, 1, SearchQuery.MAX_OFFSET / PAGE_SIZE + 1);
  }

  private static SearchQuery filter(int page) {
    return SearchQuery.of("").withPage((page - 1) * PAGE_SIZE, PAGE_SIZE);
  }
}
