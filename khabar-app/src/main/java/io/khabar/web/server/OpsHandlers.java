package io.khabar.web.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.khabar.Khabar;
import io.khabar.model.Article;
import io.khabar.model.Topic;
import io.khabar.story.Coverage;
import io.khabar.web.Json;
import io.khabar.web.SiteOptions;
import io.khabar.web.pages.Links;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What operators and crawlers read: /health, /metrics (Prometheus text format, by Micrometer),
 * /robots.txt, /sitemap.xml, /favicon.ico and the OpenAPI description.
 */
final class OpsHandlers {
  static final int SITEMAP_ARTICLES = 1000;
  static final int SITEMAP_STORIES = 200;
  private static final String START = "khabar.start";

  private final Khabar khabar;
  private final SiteOptions options;
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final byte[] favicon;

  OpsHandlers(Khabar khabar, SiteOptions options) {
    this.khabar = khabar;
    this.options = options;
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    registry.gauge("khabar_store_articles", khabar, k -> {
      try {
        return k.size();
      } catch (IOException | RuntimeException e) {
        return Double.NaN;
      }
    });
    try (InputStream in = OpsHandlers.class.getResourceAsStream("/static/favicon.svg")) {
      favicon = in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void started(Context ctx) {
    ctx.attribute(START, System.nanoTime());
  }

  /** Times every answer by method, route template and status. */
  void finished(Context ctx) {
    Long start = ctx.attribute(START);
    if (start == null) {
      return;
    }
    String route = ctx.attribute(RouteTable.ROUTE);
    Timer.builder("http_server_requests")
        .tag("method", ctx.method().name())
        .tag("route", route == null ? "unmatched" : route)
        .tag("status", Integer.toString(ctx.statusCode()))
        .register(registry)
        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  void metrics(Context ctx) {
    ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8")
        .result(registry.scrape().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * 200 when the store answers, 503 when it does not; with the store's size and the times of the last
   * import commit and the last crawl (files' modification times under the data folder; null when unknown).
   */
  void health(Context ctx) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    try {
      long size = khabar.size();
      Optional<Article> newest = khabar.latest(1, null).stream().findFirst();
      body.put("status", "ok");
      body.put("articles", size);
      body.put("newestArticle", newest.map(Article::published).map(Object::toString).orElse(null));
      body.put("lastImport", time(lastModified(options.dataDir() == null ? null : options.dataDir().resolve("index"), "segments")));
      body.put("lastCrawl", time(lastModified(options.dataDir(), "crawl-state.json")));
      Json.send(ctx, 200, body);
    } catch (IOException | RuntimeException e) {
      body.put("status", "unavailable");
      body.put("error", "the store cannot be read");
      Json.send(ctx, 503, body);
    }
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  /** The newest modification time of the files in {@code dir} whose name starts with {@code prefix}. */
  static Instant lastModified(Path dir, String prefix) {
    if (dir == null || !Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .map(f -> {
            try {
              return Files.getLastModifiedTime(f).toInstant();
            } catch (IOException e) {
              return null;
            }
          })
          .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  void robots(Context ctx) {
    String body = "User-agent: *\nDisallow: /api/\nDisallow: /search\nAllow: /\n\nSitemap: " + base(ctx) + "/sitemap.xml\n";
    ctx.status(200).contentType("text/plain; charset=utf-8").result(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The home page, the list pages, the top stories and the newest articles. */
  void sitemap(Context ctx) throws IOException {
    Set<String> paths = new LinkedHashSet<>();
    paths.add("/");
    paths.add("/stories");
    paths.add("/topics");
    for (Topic t : Topic.values()) {
      paths.add(Links.topic(t.key()));
    }
    for (Coverage c : khabar.stories(SITEMAP_STORIES)) {
      paths.add(Links.story(c.story()));
    }
    for (Article a : khabar.latest(SITEMAP_ARTICLES, null)) {
      paths.add(Links.article(a.id()));
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    String base = base(ctx);
    for (String p : paths) {
      xml.append("  <url><loc>").append(escape(base + p)).append("</loc></url>\n");
    }
    xml.append("</urlset>\n");
    ctx.status(200).contentType("application/xml; charset=utf-8").result(xml.toString().getBytes(StandardCharsets.UTF_8));
  }

  void favicon(Context ctx) {
    ctx.status(200).contentType("image/svg+xml").header("Cache-Control", "max-age=86400").result(favicon);
  }

  void openApi(Context ctx, RouteTable routes) {
    Json.send(ctx, 200, routes.openApi());
  }

  static String base(Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
