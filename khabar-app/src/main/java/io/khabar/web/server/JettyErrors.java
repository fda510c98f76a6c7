package io.khabar.web.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before Javalin sees the request (an ambiguous or malformed URI,
 * a header too large): the same security headers as every other response, and no server details.
 */
final class JettyErrors extends ErrorHandler {
  JettyErrors() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.CSP_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    return super.handle(request, response, callback);
  }
}
