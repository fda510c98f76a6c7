package io.khabar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.Map;

/** The API's JSON: dates as ISO-8601 strings keeping their offset, always UTF-8. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper(
      new com.fasterxml.jackson.core.JsonFactoryBuilder().characterEscapes(new HtmlSafe()).build())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  /**
   * Writes {@code < > & '} as {@code \\u} escapes: the JSON means the same, and stays inert if a
   * client ever sniffs it as HTML or pastes it into a page or a script block.
   */
  static final class HtmlSafe extends com.fasterxml.jackson.core.io.CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafe() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  public static void send(Context ctx, int status, Object body) {
    try {
      // Bytes, not ctx.json(): that encodes with the response charset, which Jetty may leave at ISO-8859-1.
      ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + body.getClass().getSimpleName(), e);
    }
  }

  public static void error(Context ctx, int status, String message) {
    send(ctx, status, Map.of("error", message));
  }
}
