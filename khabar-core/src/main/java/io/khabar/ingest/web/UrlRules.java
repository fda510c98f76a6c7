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

  /** The URL as a URI if Khabar may fetch it; otherwise a refusal naming why, in one sentence. */
  public static URI check(String url) throws FetchException {
    if (url == null || url.isBlank()) {
      throw FetchException.refused("the URL is empty; give an absolute http or https URL such as https://example.com/feed.xml");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw FetchException.refused(shown(url) + " is not a valid URL (" + reason(e)
          + "); give an absolute http or https URL such as https://example.com/feed.xml");
    }
    return check(uri);
  }

  public static URI check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw FetchException.refused("only http and https URLs are fetched, and " + shown(uri.toString())
          + (scheme.isEmpty() ? " is not an absolute URL (write https://HOST/PATH)" : " is a " + scheme + ": URL"));
    }
    String host = uri.getHost();
    int port = uri.getPort();
    String authority = uri.getRawAuthority();
    if ((host == null || host.isEmpty()) && authority != null && !authority.isEmpty() && !authority.contains("@")) {
      // Java reads 127.1 or 0x7f.0.0.1 as no host at all (a "registry" authority); browsers read an IPv4 address.
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^:\\[\\]]+)(?::([0-9]{1,5}))?").matcher(authority);
      if (m.matches() && Ipv4Host.endsInNumber(m.group(1).toLowerCase(Locale.ROOT))) {
        host = m.group(1);
        port = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
      }
    }
    if (host == null || host.isEmpty()) {
      throw FetchException.refused(authority == null || authority.isEmpty()
          ? shown(uri.toString()) + " has no host; write it as " + scheme + "://HOST/PATH"
          : authority.contains("@") ? shown(uri.toString()) + " carries a user name; give the URL without user:password@"
          : "the host in " + shown(uri.toString()) + " is not a valid host name (letters, digits, hyphens and dots only)");
    }
    if (uri.getRawUserInfo() != null) {
      throw FetchException.refused(shown(uri.toString()) + " carries a user name; give the URL without user:password@");
    }
    if (port == 0 || port > 65535) {
      throw FetchException.refused("the port in " + shown(uri.toString()) + " is not from 1 to 65535");
    }
    try {
      // As browsers do: 0177.0.0.1, 0x7f.1 and 2130706433 are 127.0.0.1, and must meet the address rules as such.
      java.util.Optional<String> v4 = Ipv4Host.canonical(host);
      if (v4.isPresent()) {
        host = v4.get();
      }
    } catch (Ipv4Host.Invalid e) {
      throw FetchException.refused(e.getMessage() + "; write an IPv4 address as four decimal numbers, or use a host name");
    }
    return canonical(uri.normalize(), scheme, host, port);
  }

  /** A URL as shown in a message: quoted, control characters escaped, cut at 200 characters. */
  static String shown(String url) {
    StringBuilder b = new StringBuilder();
    url.codePoints().limit(200).forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return "'" + b + (url.length() > 200 ? "…" : "") + "'";
  }

  private static String reason(URISyntaxException e) {
    String r = e.getReason() == null ? "malformed" : e.getReason().toLowerCase(Locale.ROOT);
    return e.getIndex() >= 0 ? r + " at character " + (e.getIndex() + 1) : r;
  }

  /**
   * One URL per page: scheme and host lower-cased ({@code HTTPS://News.Example/a} is
   * {@code https://news.example/a}; found by fuzzing the feed reader), the default port and the fragment
   * dropped, an empty path made {@code /}. The crawl's record of pages done and the article ids
   * ({@link ArticleIds}) both rest on this form.
   */
  private static URI canonical(URI uri, String scheme, String host, int port) throws FetchException {
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String raw = scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    try {
      return new URI(raw);
    } catch (URISyntaxException e) {
      throw FetchException.refused(shown(uri.toString()) + " is not a valid URL (" + reason(e) + ")");
    }
  }

  /** The URL {@code ref} points to from {@code base} (a relative Location or item link), checked. */
  public static URI resolve(URI base, String ref) throws FetchException {
    try {
      return check(base.resolve(new URI(ref.strip())));
    } catch (URISyntaxException e) {
      throw FetchException.refused(shown(ref) + " is not a valid URL (" + reason(e) + ")");
    } catch (IllegalArgumentException e) {
      throw FetchException.refused(shown(ref) + " is not a valid URL");
    }
  }
}
