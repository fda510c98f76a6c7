package io.khabar.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** URLs the pages link to. */
public final class Links {
  private Links() {}

  public static String article(String id) {
    return "/articles/" + encode(id);
  }

  public static String story(String id) {
    return "/stories/" + encode(id);
  }

  public static String entity(String key) {
    return "/entities/" + encode(key);
  }

  public static String topic(String key) {
    return "/topics/" + encode(key);
  }

  /** Percent-encoding fit for both a path segment and a query value (a space is %20, not +). */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The original article's URL if it is a web address; anything else (javascript:, data:) from an
   * imported file must never become a link.
   */
  public static String external(String url) {
    String u = url == null ? "" : url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? u : null;
  }
}
