package io.khabar.web.server;

import io.khabar.web.Json;
import io.khabar.web.BadParameter;
import io.khabar.web.NotFound;
import io.khabar.web.Templates;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.khabar.web.pages.ErrorView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure ends here and is answered in the form the caller reads: JSON under /api, an
 * Arabic page elsewhere. Unexpected exceptions are logged in full and told to the client only
 * vaguely, since a stack trace tells an attacker about the server.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final Templates templates;
  private final java.util.function.Function<String, java.util.Set<String>> allowed;

  /** {@code allowed}: the methods a path answers to (empty for an unknown path), for 405 and its Allow header. */
  ErrorResponses(Templates templates, java.util.function.Function<String, java.util.Set<String>> allowed) {
    this.templates = templates;
    this.allowed = allowed;
  }

  void register(RoutesConfig routes) {
    routes.exception(BadParameter.class, (e, ctx) ->
        respond(ctx, 400, e.english(), ErrorView.badRequest(e.arabic(), e.english())));
    routes.exception(NotFound.class, (e, ctx) ->
        respond(ctx, 404, e.english(), ErrorView.notFound(e.arabic(), e.english())));
    // Javalin's own: unknown paths (404), and any other status it decides on.
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      java.util.Set<String> methods = e.getStatus() == 404 || e.getStatus() == 405 ? allowed.apply(ctx.path()) : java.util.Set.of();
      if (!methods.isEmpty() && !methods.contains(ctx.method().name())) {
        ctx.header("Allow", String.join(", ", methods));
        respond(ctx, 405, "method " + ctx.method().name() + " not allowed on " + ctx.path() + "; allowed: "
            + String.join(", ", methods), ErrorView.other(405));
      } else if (e.getStatus() == 404) {
        respond(ctx, 404, "not found: " + ctx.path(), ErrorView.notFound("الصفحة التي طلبتها غير موجودة.",
            "The page you asked for does not exist."));
      } else {
        respond(ctx, e.getStatus(), "request failed (HTTP " + e.getStatus() + ")", ErrorView.other(e.getStatus()));
      }
    });
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "internal error", ErrorView.internal());
    });
  }

  private void respond(Context ctx, int status, String apiMessage, ErrorView page) {
    if (isApi(ctx)) {
      Json.error(ctx, status, apiMessage);
    } else {
      templates.render(ctx, status, "error.jte", page);
    }
  }

  static boolean isApi(Context ctx) {
    return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
  }
}
