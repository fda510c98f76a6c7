package io.khabar.web.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before Javalin sees the request (an ambiguous or malformed URI, a
 * URI too long (414), headers too large (431)): the same security headers as every other response, no
 * server details, and under /api the JSON every other API error is ({@code {"error": …}}), not a page.
 */
final class JettyErrors extends ErrorHandler {
  JettyErrors() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.CSP_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    if (isApi(request)) {
      int status = response.getStatus();
      Object attribute = request.getAttribute(ERROR_STATUS);
      if (attribute instanceof Integer s) {
        status = s;
      }
      if (status < 400) {
        status = 500;
      }
      String reason = HttpStatus.getMessage(status);
      String body = "{\"error\":\"" + (reason == null ? "request failed" : reason.replace("\"", "'"))
          + " (HTTP " + status + ")\"}";
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
      response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
    return super.handle(request, response, callback);
  }

  /**
   * Whether the request was for the API. A message Jetty could not read (a URI or headers too large)
   * comes with the path {@code /badMessage}, the real one unknown: it is answered in JSON too, which any
   * client reads (a browser never sends such a request from the site's own links).
   */
  static boolean isApi(Request request) {
    try {
      String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
      return path == null || path.equals("/badMessage") || path.equals("/api") || path.startsWith("/api/");
    } catch (RuntimeException e) {
      return true;
    }
  }
}
