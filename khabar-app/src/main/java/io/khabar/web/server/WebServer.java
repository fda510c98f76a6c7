package io.khabar.web.server;

import io.khabar.web.Json;
import io.khabar.web.SiteOptions;
import io.khabar.web.Templates;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.khabar.Khabar;
import io.khabar.web.api.ApiHandlers;
import io.khabar.web.pages.PageHandlers;
import java.util.Map;

/** Khabar's web site and JSON API over one {@link Khabar}. */
public final class WebServer {
  static final int REQUEST_HEADER_BYTES = 32 * 1024;

  private WebServer() {}

  /** Starts serving; port 0 picks a free port, read it back with {@code app.port()}. */
  public static Javalin start(Khabar khabar, String host, int port) {
    return create(khabar).start(host, port);
  }

  /** Starts serving with admin endpoints that act ({@code serve --crawl}). */
  public static Javalin start(Khabar khabar, String host, int port, io.khabar.web.admin.AdminApi admin) {
    return create(khabar, admin, SiteOptions.defaults()).start(host, port);
  }

  /** Starts serving with the given presentation options (zone, clock, full text). */
  public static Javalin start(Khabar khabar, String host, int port, io.khabar.web.admin.AdminApi admin,
      SiteOptions options) {
    return create(khabar, admin, options).start(host, port);
  }

  static Javalin create(Khabar khabar) {
    return create(khabar, io.khabar.web.admin.AdminApi.disabled(), SiteOptions.defaults());
  }

  private static RouteTable.Param[] append(RouteTable.Param[] a, RouteTable.Param b) {
    RouteTable.Param[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }

  static Javalin create(Khabar khabar, io.khabar.web.admin.AdminApi admin, SiteOptions options) {
    Templates templates = new Templates();
    PageHandlers pages = new PageHandlers(khabar, templates, options);
    ApiHandlers api = new ApiHandlers(khabar);
    io.khabar.web.pages.EnrichmentPages enrichment = new io.khabar.web.pages.EnrichmentPages(khabar, templates);
    RouteTable[] routes = new RouteTable[1]; // filled in while the server is configured
    ErrorResponses errors = new ErrorResponses(templates, path -> routes[0].allowed(path));
    io.khabar.web.feeds.FeedHandlers feeds = new io.khabar.web.feeds.FeedHandlers(khabar);
    OpsHandlers ops = new OpsHandlers(khabar, options);
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false)); // so that any ctx.json() writes dates as the API does
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/static";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "max-age=3600");
      });
      cfg.routes.before(SecurityHeaders::apply);
      cfg.routes.before(ops::started);
      cfg.routes.after(ops::finished);
      cfg.routes.before(ctx -> io.khabar.web.pages.DateView.use(options)); // one clock and zone per server
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      // A search of 500 Arabic letters, percent-encoded, is ~6 KB of URI: room for it and its filters, so
      // that the API's own 400 names the limit; beyond, Jetty's 414/431 (JSON, see JettyErrors).
      cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADER_BYTES));
      cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));

      RouteTable r = new RouteTable(cfg.routes);
      routes[0] = r;
      String html = "text/html";
      String json = "application/json";
      String rss = "application/rss+xml";
      RouteTable.Param page = RouteTable.Param.query("page", "integer", "page number, from 1; past the last: 404");
      RouteTable.Param format = RouteTable.Param.query("format", "string", "atom for Atom 1.0; RSS 2.0 otherwise");
      RouteTable.Param[] search = {
          RouteTable.Param.query("q", "string", "words (all required, else any), \"phrase\", -word"),
          RouteTable.Param.query("source", "string", "outlet key"),
          RouteTable.Param.query("from", "string", "first day, YYYY-MM-DD"),
          RouteTable.Param.query("to", "string", "last day, YYYY-MM-DD"),
          RouteTable.Param.query("sort", "string", "relevance or newest"),
          RouteTable.Param.query("entity", "string", "entity key"),
          RouteTable.Param.query("topic", "string", "topic key"), page};
      r.get("/", "home: top stories, then the latest by outlet", html, pages::home);
      r.get("/articles/{id}", "an article: lead, link to the source, its story, read also, similar", html, pages::article);
      r.get("/search", "search page (copies folded, name spellings expanded)", html, pages::search, search);
      r.get("/stories", "the stories of the moment, ranked", html, pages::stories, page);
      r.get("/stories/{id}", "one story's full coverage", html, pages::story);
      r.get("/entities/{key}", "an entity's articles and stories", html, enrichment::entity, page);
      r.get("/topics", "the topics", html, enrichment::topics);
      r.get("/topics/{topic}", "a topic's articles and stories", html, enrichment::topic, page);

      r.get("/feed", "feed of the top stories", rss, feeds::top, format);
      r.get("/stories/{id}/feed", "feed of one story's coverage", rss, feeds::story, format);
      r.get("/topics/{topic}/feed", "feed of a topic's newest articles", rss, feeds::topic, format);
      r.get("/entities/{key}/feed", "feed of an entity's newest articles", rss, feeds::entity, format);
      r.get("/outlets/{source}/feed", "feed of an outlet's newest articles", rss, feeds::outlet, format);
      r.get("/search/feed", "feed of a search's newest results", rss, feeds::search, search[0], search[1], search[2],
          search[3], search[5], search[6], format);

      r.get("/api/articles/{id}", "an article with its story, duplicate group, topic and entities", json, api::article);
      r.get("/api/articles/{id}/related", "read-also and similar articles with reasons", json, api::related,
          RouteTable.Param.query("k", "integer", "how many similar articles (default 10)"));
      r.get("/api/search", "search", json, api::search, append(search,
          RouteTable.Param.query("size", "integer", "results a page (default 10, at most 100)")));
      r.get("/api/stories", "the stories of the moment, ranked", json, api::stories,
          RouteTable.Param.query("limit", "integer", "how many (default 20)"));
      r.get("/api/stories/{id}", "one story's full coverage", json, api::story);
      admin.register(cfg.routes);
      r.add("POST", "/api/admin/sources", "add a crawled source (bearer token)", json);
      r.add("POST", "/api/admin/crawl", "start a crawl pass (bearer token)", json);
      r.get("/api/entities/{key}", "an entity's timeline and articles", json, api::entity, page,
          RouteTable.Param.query("size", "integer", "articles a page"));
      r.get("/api/topics/{topic}", "a topic's timeline and articles", json, api::topic, page,
          RouteTable.Param.query("size", "integer", "articles a page"));
      r.get("/api/openapi.json", "this description", json, ctx -> ops.openApi(ctx, r));

      r.get("/health", "whether the store answers; last import and crawl times", json, ops::health);
      r.get("/metrics", "Prometheus metrics", "text/plain", ops::metrics);
      r.get("/robots.txt", "robots exclusion", "text/plain", ops::robots);
      r.get("/sitemap.xml", "sitemap of the site's pages", "application/xml", ops::sitemap);
      r.get("/pictures/{id}", "an article's thumbnail (JPEG), served from this origin", "image/jpeg",
          io.khabar.web.pages.Pictures::serve);
      r.get("/favicon.ico", "the site's icon (SVG)", "image/svg+xml", ops::favicon);

      errors.register(cfg.routes);
    });
  }
}
