package io.khabar.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** Renders the precompiled jte templates (src/main/jte), which escape every {@code ${}} for HTML. */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public void render(Context ctx, int status, String template, Object view) {
    StringOutput out = new StringOutput();
    engine.render(template, view, out);
    // Bytes, not a String: Jetty's default charset for text/html is not UTF-8.
    ctx.status(status)
        .contentType("text/html; charset=utf-8")
        .result(out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
