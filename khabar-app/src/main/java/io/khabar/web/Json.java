package io.khabar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.Map;

/** The API's JSON: dates as ISO-8601 strings keeping their offset, always UTF-8. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

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
