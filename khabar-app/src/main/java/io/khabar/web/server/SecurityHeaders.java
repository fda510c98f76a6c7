package io.khabar.web.server;

import io.javalin.http.Context;

/**
 * Headers sent with every response. The CSP allows only this site's own files, which is why the
 * templates hold no inline style or script, and why publishers' pictures are fetched by the crawler,
 * scaled and served from this origin (/pictures/{id}) rather than linked.
 */
public final class SecurityHeaders {
  public static final String CSP = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

  private SecurityHeaders() {}

  /** Every header, for the responses Jetty writes itself (see {@link JettyErrors}). */
  public static final java.util.Map<String, String> CSP_HEADERS = java.util.Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY", // frame-ancestors for browsers that predate CSP 2
      "Cross-Origin-Opener-Policy", "same-origin",
      "Cross-Origin-Resource-Policy", "same-origin",
      "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

  static void apply(Context ctx) {
    CSP_HEADERS.forEach(ctx::header);
  }
}
