package io.khabar.ingest.web;

import io.khabar.Article;
import java.net.URI;
import java.util.Locale;

/**
 * The id of a crawled article: {@code web-} + the first 16 hex digits of the SHA-256 of its canonical
 * URL, normalized (scheme and host lower-cased, default port, empty path and fragment dropped). The same
 * page reached through a feed, a sitemap or a tracking link (when the page names its canonical URL)
 * keeps one id, so fetching it again updates the article instead of duplicating it.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String canonicalUrl) {
    return "web-" + Article.sha256(normalize(canonicalUrl)).substring(0, 16);
  }

  static String normalize(String url) {
    try {
      URI u = new URI(url.strip()).normalize();
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
          + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    } catch (java.net.URISyntaxException e) {
      return url.strip();
    }
  }
}
