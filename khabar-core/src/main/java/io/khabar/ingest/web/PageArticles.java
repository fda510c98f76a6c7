package io.khabar.ingest.web;

import io.khabar.model.Article;
import io.khabar.extract.ArticleExtractor;
import io.khabar.extract.ExtractedPage;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Turns a fetched page into an article: HTML only, text decoded by {@link Charsets}, extraction by
 * {@link ArticleExtractor}. The canonical URL the page names is trusted only on the page's own host
 * (else a page could take over another site's article id); the article id follows from it ({@link ArticleIds}).
 */
public final class PageArticles {
  /** Text shorter than this (characters) is "very short": a teaser, a caption, a page whose extraction failed. */
  public static final int SHORT_TEXT = 200;
  /** The reason a page with no article text is refused. */
  public static final String NO_TEXT = "no article text found on the page";

  private final ArticleExtractor extractor;

  public PageArticles(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  public ExtractedPage extract(URI url, String contentType, byte[] body) throws FetchException {
    if (!isHtml(contentType)) {
      throw new FetchException("not an HTML page: " + contentType, false);
    }
    String html = Charsets.decode(body, contentType);
    try {
      return extractor.extract(html, url.toString());
    } catch (RuntimeException e) {
      throw new FetchException("cannot extract the article: " + e, false, e);
    }
  }

  /** The article of a page; {@code feedDate} is used when the page gives no date. */
  public Article article(URI url, String contentType, byte[] body, String source, OffsetDateTime feedDate)
      throws FetchException {
    return withImage(url, contentType, body, source, feedDate).article();
  }

  /** An article and the address of its lead image (null when the page names none). */
  public record WithImage(Article article, String imageUrl) {}

  /** The article of a page and its lead image's address, as extraction found them. */
  public WithImage withImage(URI url, String contentType, byte[] body, String source, OffsetDateTime feedDate)
      throws FetchException {
    ExtractedPage page = extract(url, contentType, body);
    if (page.text().isBlank()) {
      throw new FetchException(NO_TEXT, false);
    }
    String canonical = canonical(url, page.canonicalUrl());
    OffsetDateTime published = page.published() != null ? page.published() : feedDate;
    String image = page.imageUrl() == null || page.imageUrl().isBlank() ? null : page.imageUrl();
    return new WithImage(new Article(ArticleIds.of(canonical), canonical, source, page.title(), page.text(), published,
        page.author(), ""), image);
  }

  /** Whether an article's text is no text or very short: what an operator watches per outlet. */
  public static boolean isThin(String text) {
    return text == null || text.strip().length() < SHORT_TEXT;
  }

  static String canonical(URI fetched, String claimed) {
    if (claimed == null || claimed.isBlank()) {
      return fetched.toString();
    }
    try {
      URI c = UrlRules.resolve(fetched, claimed);
      return c.getHost().equalsIgnoreCase(fetched.getHost()) ? c.toString() : fetched.toString();
    } catch (FetchException e) {
      return fetched.toString();
    }
  }

  static boolean isHtml(String contentType) {
    String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
    return t.isEmpty() || t.startsWith("text/html") || t.startsWith("application/xhtml+xml");
  }
}
