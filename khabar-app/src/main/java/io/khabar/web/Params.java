package io.khabar.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads query parameters, turning anything unusable into a {@link BadParameter} (a 400) instead of
 * a silent default: a mistyped date should say so, not quietly search everything.
 */
public final class Params {
  private static final int ECHO_CHARS = 40;

  private final Function<String, String> raw;

  public Params(Function<String, String> raw) {
    this.raw = raw;
  }

  public static Params of(Context ctx) {
    return new Params(ctx::queryParam);
  }

  /** The stripped value, "" when absent. */
  public String text(String name) {
    String v = raw.apply(name);
    return v == null ? "" : v.strip();
  }

  public boolean has(String name) {
    return !text(name).isEmpty();
  }

  public int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range that would have been accepted
    }
    throw new BadParameter(name,
        "'" + name + "' must be a whole number from " + min + " to " + max + ", got '" + shorten(v) + "'",
        "قيمة «" + name + "» يجب أن تكون عدداً صحيحاً بين " + min + " و" + max + ".");
  }

  /** A YYYY-MM-DD date, null when absent. */
  public LocalDate date(String name) {
    String v = text(name);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadParameter(name,
          "'" + name + "' must be a date as YYYY-MM-DD, got '" + shorten(v) + "'",
          "التاريخ في «" + name + "» غير صالح؛ اكتبه بالشكل YYYY-MM-DD.");
    }
  }

  /** User input echoed in an error message stays short. */
  public static String shorten(String v) {
    return v.length() <= ECHO_CHARS ? v : v.substring(0, ECHO_CHARS) + "…";
  }
}
