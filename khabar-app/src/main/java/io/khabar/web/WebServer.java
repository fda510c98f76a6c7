package io.khabar.web;

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

  static Javalin create(Khabar khabar) {
    Templates templates = new Templates();
    PageHandlers pages = new PageHandlers(khabar, templates);
    ApiHandlers api = new ApiHandlers(khabar);
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
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));

      cfg.routes.get("/", pages::home);
      cfg.routes.get("/articles/{id}", pages::article);
      cfg.routes.get("/search", pages::search);
      cfg.routes.get("/stories", pages::stories);
      cfg.routes.get("/stories/{id}", pages::story);

      cfg.routes.get("/api/articles/{id}", api::article);
      cfg.routes.get("/api/articles/{id}/related", api::related);
      cfg.routes.get("/api/search", api::search);
      cfg.routes.get("/api/stories", api::stories);
      cfg.routes.get("/api/stories/{id}", api::story);

      errors.register(cfg.routes);
    });
  }
}
