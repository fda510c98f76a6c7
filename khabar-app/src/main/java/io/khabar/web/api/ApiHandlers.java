package io.khabar.web.api;

import io.javalin.http.Context;
import io.khabar.model.Article;
import io.khabar.Khabar;
import io.khabar.model.Entity;
import io.khabar.model.Topic;
import io.khabar.search.SearchQuery;
import io.khabar.search.Timeline;
import io.khabar.web.pages.Entities;
import io.khabar.web.Json;
import io.khabar.web.NotFound;
import io.khabar.web.Params;
import io.khabar.web.SearchRequest;
import java.io.IOException;

/** The JSON API under /api. Errors are thrown and answered as JSON by the server's error mapping. */
public final class ApiHandlers {
  private static final int DEFAULT_K = 10;
  private static final int MAX_K = 50;
  private static final int DEFAULT_SIZE = 10;
  private static final int DEFAULT_STORIES = 20;
  private static final int MAX_STORIES = 100;
  private static final int TIMELINE_STORIES = 10;

  private final Khabar khabar;

  public ApiHandlers(Khabar khabar) {
    this.khabar = khabar;
  }

  public void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article a = khabar.article(id).orElseThrow(() -> NotFound.article(id));
    Json.send(ctx, 200, ApiJson.ArticleJson.of(a, khabar.headline(id).orElse(null)));
  }

  public void related(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int k = Params.of(ctx).integer("k", DEFAULT_K, 1, MAX_K);
    Json.send(ctx, 200, ApiJson.RelatedJson.of(khabar.related(id, k).orElseThrow(() -> NotFound.article(id))));
  }

  public void stories(Context ctx) throws IOException {
    int limit = Params.of(ctx).integer("limit", DEFAULT_STORIES, 1, MAX_STORIES);
    Json.send(ctx, 200, ApiJson.StoriesJson.of(khabar.stories(limit)));
  }

  public void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Json.send(ctx, 200, ApiJson.StoryJson.of(khabar.story(id).orElseThrow(() -> NotFound.story(id))));
  }

  public void entity(Context ctx) throws IOException {
    String key = ctx.pathParam("key");
    Entity e = Entities.find(khabar, key).orElseThrow(() -> NotFound.entity(key));
    Params params = Params.of(ctx);
    int size = params.integer("size", DEFAULT_SIZE, 1, SearchQuery.MAX_LIMIT);
    int page = params.integer("page", 1, 1, SearchQuery.MAX_OFFSET / size + 1);
    Timeline t = khabar.timeline(SearchQuery.of("").withEntity(key).withPage((page - 1) * size, size), TIMELINE_STORIES);
    Json.send(ctx, 200, ApiJson.TimelineJson.of(e, null, t, page, size));
  }

  public void topic(Context ctx) throws IOException {
    String key = ctx.pathParam("topic");
    Topic topic = Topic.fromKey(key).orElseThrow(() -> NotFound.topic(key));
    Params params = Params.of(ctx);
    int size = params.integer("size", DEFAULT_SIZE, 1, SearchQuery.MAX_LIMIT);
    int page = params.integer("page", 1, 1, SearchQuery.MAX_OFFSET / size + 1);
    Timeline t = khabar.timeline(SearchQuery.of("").withTopic(key).withPage((page - 1) * size, size), TIMELINE_STORIES);
    Json.send(ctx, 200, ApiJson.TimelineJson.of(null, topic, t, page, size));
  }

  public void search(Context ctx) throws IOException {
    Params params = Params.of(ctx);
    int size = params.integer("size", DEFAULT_SIZE, 1, SearchQuery.MAX_LIMIT);
    SearchRequest request = SearchRequest.parse(params, size);
    io.khabar.web.NameVariants.Expansion x = io.khabar.web.NameVariants.expand(khabar, request.query().text());
    SearchQuery q = request.query();
    if (!x.added().isEmpty()) {
      q = new SearchQuery(x.query(), q.source(), q.from(), q.to(), q.sort(), q.offset(), q.limit(), q.entity(), q.topic());
    }
    Json.send(ctx, 200, ApiJson.SearchJson.of(khabar.search(q), request.page(), size, x.added()));
  }
}
