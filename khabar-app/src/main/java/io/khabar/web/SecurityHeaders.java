package io.khabar.web;

import io.javalin.http.Context;

/**
 * Headers sent with every response. The CSP allows only this site's own files, which is why the
 * templates hold no inline style or script.
 */
final class SecurityHeaders {
  static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
      + "frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
