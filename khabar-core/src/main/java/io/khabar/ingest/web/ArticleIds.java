package io.khabar.ingest.web;

import io.khabar.model.Article;

/**
 * The id of a crawled article: {@code web-} + the first 16 hex digits of the SHA-256 of its canonical
 * URL in {@link UrlRules}' canonical form (scheme and host lower-cased, default port and fragment dropped,
 * an empty path made {@code /}, dot segments resolved). The same
 * page reached through a feed, a sitemap or a tracking link (when the page names its canonical URL)
 * keeps one id, so fetching it again updates the article instead of duplicating it.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String canonicalUrl) {
    return "web-" + Article.sha256(normalize(canonicalUrl)).substring(0, 16);
  }

  /** The URL in {@link UrlRules}' canonical form (what every fetched URL already is); as given if it has none. */
  static String normalize(String url) {
    try {
      return UrlRules.check(url).toString();
    } catch (FetchException e) {
      return url.strip();
    }
  }
}
