package io.khabar.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

/** Renders the precompiled jte templates (src/main/jte), which escape every {@code ${}} for HTML. */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public void render(Context ctx, int status, String template, Object view) {
    // Straight to UTF-8 bytes (Jetty's default charset for text/html is not UTF-8), in chunks: a String first
    // and then its bytes made a growing StringBuilder, a String and a byte array of every page view.
    Utf8ByteOutput out = new Utf8ByteOutput();
    engine.render(template, view, out);
    ctx.status(status)
        .contentType("text/html; charset=utf-8")
        .result(out.toByteArray());
  }
}
