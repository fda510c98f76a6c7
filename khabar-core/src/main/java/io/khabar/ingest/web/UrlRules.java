package io.khabar.ingest.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which URLs Khabar may fetch at all: absolute http or https URLs with a host, nothing else (no file:,
 * ftp:, jar:, data:, ...), and no user:password part. Applied to every URL: sources, every redirect hop,
 * feed and sitemap item links.
 */
public final class UrlRules {
  private UrlRules() {}

  /** The URL as a URI if Khabar may fetch it; otherwise a refusal naming why. */
  public static URI check(String url) throws FetchException {
    if (url == null || url.isBlank()) {
      throw FetchException.refused("empty URL");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw FetchException.refused("not a valid URL: " + url);
    }
    return check(uri);
  }

  public static URI check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw FetchException.refused("only http and https URLs are fetched: " + uri);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw FetchException.refused("URL without a host: " + uri);
    }
    if (uri.getRawUserInfo() != null) {
      throw FetchException.refused("URL with a user name: " + uri);
    }
    if (uri.getPort() == 0 || uri.getPort() > 65535) {
      throw FetchException.refused("bad port: " + uri);
    }
    return canonical(uri.normalize(), scheme);
  }

  /**
   * One URL per page: scheme and host lower-cased ({@code HTTPS://News.Example/a} is
   * {@code https://news.example/a}; found by fuzzing the feed reader), the default port and the fragment
   * dropped, an empty path made {@code /}. The crawl's record of pages done and the article ids
   * ({@link ArticleIds}) both rest on this form.
   */
  private static URI canonical(URI uri, String scheme) throws FetchException {
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String raw = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    try {
      return new URI(raw);
    } catch (URISyntaxException e) {
      throw FetchException.refused("not a valid URL: " + uri);
    }
  }

  /** The URL {@code ref} points to from {@code base} (a relative Location or item link), checked. */
  public static URI resolve(URI base, String ref) throws FetchException {
    try {
      return check(base.resolve(new URI(ref.strip())));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw FetchException.refused("not a valid URL: " + ref);
    }
  }
}
