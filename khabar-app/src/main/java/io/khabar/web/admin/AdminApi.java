package io.khabar.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.khabar.ingest.web.FetchException;
import io.khabar.ingest.web.Source;
import io.khabar.web.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The endpoints that change state: {@code POST /api/admin/sources} (add a source: {"name", "site",
 * "feeds": [...], "sitemaps": [...]}) and {@code POST /api/admin/crawl} (start a pass). Both need
 * {@code Authorization: Bearer TOKEN}; anything else is 401. A server without a crawler answers 503.
 * Private addresses cannot be allowed through the API: only the sources file can do that.
 */
public final class AdminApi {
  private final CrawlAdmin admin; // null: this server runs no crawler
  private final AdminToken token;

  private AdminApi(CrawlAdmin admin, AdminToken token) {
    this.admin = admin;
    this.token = token;
  }

  public static AdminApi of(CrawlAdmin admin, AdminToken token) {
    return new AdminApi(admin, token);
  }

  /** For a read-only server: the endpoints exist and say why they cannot act. */
  public static AdminApi disabled() {
    return new AdminApi(null, null);
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/admin/sources", ctx -> guarded(ctx, this::addSource));
    routes.post("/api/admin/crawl", ctx -> guarded(ctx, this::crawl));
  }

  private interface Action {
    void run(Context ctx) throws IOException;
  }

  private void guarded(Context ctx, Action action) throws IOException {
    if (admin == null) {
      Json.error(ctx, 503, "this server runs no crawler (plain `serve` is read-only); start it with "
          + "`./khabar serve --crawl` to use the admin endpoints");
      return;
    }
    if (!token.accepts(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"khabar-admin\"");
      Json.error(ctx, 401, "missing or wrong admin token (send Authorization: Bearer TOKEN)");
      return;
    }
    action.run(ctx);
  }

  private void addSource(Context ctx) throws IOException {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.body());
    } catch (IOException e) {
      Json.error(ctx, 400, "the body is not JSON");
      return;
    }
    if (body == null || !body.isObject() || !body.path("name").isTextual() || body.path("name").asText().isBlank()) {
      Json.error(ctx, 400, "give a JSON object with \"name\" and \"feeds\" (and optionally \"site\", \"sitemaps\")");
      return;
    }
    if (body.has("allowAddresses")) {
      Json.error(ctx, 400, "allowAddresses can only be set in the sources file, not through the API");
      return;
    }
    List<String> feeds = strings(body.path("feeds"));
    List<String> sitemaps = strings(body.path("sitemaps"));
    if (feeds.isEmpty() && sitemaps.isEmpty()) {
      Json.error(ctx, 400, "give at least one feed or sitemap URL");
      return;
    }
    Source saved;
    try {
      saved = admin.addSource(new Source(body.path("name").asText(), body.path("site").asText(""), feeds, sitemaps,
          List.of()));
    } catch (io.khabar.ingest.web.Sources.NameTaken taken) {
      Json.error(ctx, 409, taken.getMessage());
      return;
    } catch (FetchException refused) {
      Json.error(ctx, 400, refused.getMessage());
      return;
    } catch (IllegalArgumentException bad) {
      Json.error(ctx, 400, bad.getMessage());
      return;
    }
    Json.send(ctx, 201, saved);
  }

  private void crawl(Context ctx) {
    boolean started = admin.startCrawl();
    Json.send(ctx, 202, Map.of("started", started,
        "message", started ? "a crawl pass started" : "a crawl pass is already running"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    } else if (array.isTextual()) {
      out.add(array.asText());
    }
    return out;
  }
}
