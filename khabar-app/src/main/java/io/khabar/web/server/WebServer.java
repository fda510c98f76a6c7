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

  static Javalin create(Khabar khabar, io.khabar.web.admin.AdminApi admin, SiteOptions options) {
    Templates templates = new Templates();
    PageHandlers pages = new PageHandlers(khabar, templates);
    ApiHandlers api = new ApiHandlers(khabar);
    io.khabar.web.pages.EnrichmentPages enrichment = new io.khabar.web.pages.EnrichmentPages(khabar, templates);
    ErrorResponses errors = new ErrorResponses(templates);
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
      cfg.routes.before(ctx -> io.khabar.web.pages.DateView.use(options)); // one clock and zone per server
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));

      cfg.routes.get("/", pages::home);
      cfg.routes.get("/articles/{id}", pages::article);
      cfg.routes.get("/search", pages::search);
      cfg.routes.get("/stories", pages::stories);
      cfg.routes.get("/stories/{id}", pages::story);
      cfg.routes.get("/entities/{key}", enrichment::entity);
      cfg.routes.get("/topics", enrichment::topics);
      cfg.routes.get("/topics/{topic}", enrichment::topic);

      cfg.routes.get("/api/articles/{id}", api::article);
      cfg.routes.get("/api/articles/{id}/related", api::related);
      cfg.routes.get("/api/search", api::search);
      cfg.routes.get("/api/stories", api::stories);
      cfg.routes.get("/api/stories/{id}", api::story);
      admin.register(cfg.routes);
      cfg.routes.get("/api/entities/{key}", api::entity);
      cfg.routes.get("/api/topics/{topic}", api::topic);

      errors.register(cfg.routes);
    });
  }
}
