package io.khabar.web.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.khabar.web.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every route the server answers, registered here with what it does: the one list the OpenAPI
 * description (/api/openapi.json) is written from, and that tells a wrong method (405, with
 * {@code Allow}) from an unknown path (404).
 */
public final class RouteTable {
  /** A query or path parameter. */
  public record Param(String name, String in, String type, String description) {
    static Param query(String name, String type, String description) {
      return new Param(name, "query", type, description);
    }
  }

  /** One route: method, Javalin path ({@code {id}} is also OpenAPI's syntax), what it answers. */
  public record Route(String method, String path, String summary, String contentType, List<Param> params) {
    boolean matches(String requestPath) {
      return pattern(path).matcher(requestPath).matches();
    }
  }

  static final String ROUTE = "khabar.route";

  private final List<Route> routes = new ArrayList<>();
  private final RoutesConfig config;

  RouteTable(RoutesConfig config) {
    this.config = config;
  }

  void get(String path, String summary, String contentType, Handler handler, Param... params) {
    add("GET", path, summary, contentType, params);
    config.get(path, ctx -> {
      ctx.attribute(ROUTE, path); // the route's template, for the metrics (not the path with its ids)
      handler.handle(ctx);
    });
  }

  /** Records a route registered elsewhere (the admin API registers its own). */
  void add(String method, String path, String summary, String contentType, Param... params) {
    List<Param> all = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.startsWith("{") && segment.endsWith("}")) {
        all.add(new Param(segment.substring(1, segment.length() - 1), "path", "string", "see the path"));
      }
    }
    all.addAll(List.of(params));
    routes.add(new Route(method, path, summary, contentType, List.copyOf(all)));
  }

  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** The methods the path answers to; empty when no route has this path. */
  Set<String> allowed(String requestPath) {
    Set<String> methods = new TreeSet<>();
    for (Route r : routes) {
      if (r.matches(requestPath)) {
        methods.add(r.method());
        if (r.method().equals("GET")) {
          methods.add("HEAD");
        }
      }
    }
    return methods;
  }

  static Pattern pattern(String path) {
    StringBuilder regex = new StringBuilder();
    java.util.regex.Matcher m = Pattern.compile("\\{[^}/]+\\}").matcher(path);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(path.substring(last, m.start()))).append("[^/]+");
      last = m.end();
    }
    regex.append(Pattern.quote(path.substring(last)));
    return Pattern.compile(regex.toString());
  }

  /** The OpenAPI 3.0 description of every route. */
  ObjectNode openApi() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("openapi", "3.0.3");
    ObjectNode info = root.putObject("info");
    info.put("title", "Khabar");
    info.put("version", "1");
    info.put("description", "Khabar's Arabic news site, JSON API, feeds and operations endpoints. "
        + "Errors under /api are JSON: {\"error\": message}.");
    ObjectNode paths = root.putObject("paths");
    for (Route r : routes) {
      ObjectNode item = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = item.putObject(r.method().toLowerCase(java.util.Locale.ROOT));
      op.put("summary", r.summary());
      op.put("operationId", r.method().toLowerCase(java.util.Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
      if (!r.params().isEmpty()) {
        ArrayNode ps = op.putArray("parameters");
        for (Param p : r.params()) {
          ObjectNode n = ps.addObject();
          n.put("name", p.name());
          n.put("in", p.in());
          n.put("required", p.in().equals("path"));
          n.put("description", p.description());
          n.putObject("schema").put("type", p.type());
        }
      }
      ObjectNode responses = op.putObject("responses");
      ObjectNode ok = responses.putObject("200");
      ok.put("description", "OK");
      ok.putObject("content").putObject(r.contentType()).putObject("schema")
          .put("type", r.contentType().contains("json") ? "object" : "string");
      if (!r.params().isEmpty()) {
        responses.putObject("400").put("description", "a parameter is invalid (JSON under /api)");
      }
      if (r.path().contains("{")) {
        responses.putObject("404").put("description", "unknown id (JSON under /api)");
      }
      if (r.path().startsWith("/api/admin/")) {
        responses.putObject("401").put("description", "no or wrong bearer token");
      }
    }
    return root;
  }
}
