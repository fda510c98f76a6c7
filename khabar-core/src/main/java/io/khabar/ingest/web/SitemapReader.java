package io.khabar.ingest.web;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Sitemaps (and Google News sitemaps) through crawler-commons, whose parser refuses DOCTYPEs and
 * external entities. A sitemap index yields the sitemaps it lists ({@link Parsed#sitemaps}), which the
 * crawler fetches as it fetches any URL. Compressed sitemaps arrive here already decoded by
 * {@link BoundedBody}: the parser is only ever given bounded, plain XML or text.
 */
public final class SitemapReader {

  public record Parsed(List<FeedItem> items, List<URI> sitemaps) {}

  public Parsed read(byte[] content, String contentType, URI url, BiConsumer<String, String> onBadItem)
      throws FetchException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      String type = contentType == null || contentType.isBlank() || contentType.contains("gzip")
          ? "application/xml" : contentType;
      map = parser.parseSiteMap(type, content, url.toURL());
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new FetchException("not a readable sitemap: " + e.getMessage(), false, e);
    }
    List<FeedItem> items = new ArrayList<>();
    List<URI> sitemaps = new ArrayList<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap sub : index.getSitemaps()) {
        add(sub.getUrl().toString(), url, sitemaps, onBadItem);
      }
    } else if (map instanceof SiteMap sm) {
      for (SiteMapURL u : sm.getSiteMapUrls()) {
        try {
          URI link = UrlRules.check(u.getUrl().toString());
          NewsAttributes news = news(u);
          OffsetDateTime published = news != null && news.getPublicationDate() != null
              ? FeedReader.date(news.getPublicationDate()) : FeedReader.date(u.getLastModified());
          items.add(new FeedItem(link, news != null && news.getTitle() != null ? news.getTitle() : "", published));
        } catch (FetchException bad) {
          onBadItem.accept(u.getUrl().toString(), bad.getMessage());
        }
      }
    }
    return new Parsed(items, sitemaps);
  }

  private static void add(String link, URI base, List<URI> into, BiConsumer<String, String> onBad) {
    try {
      into.add(UrlRules.resolve(base, link));
    } catch (FetchException e) {
      onBad.accept(link, e.getMessage());
    }
  }

  private static NewsAttributes news(SiteMapURL u) {
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata m : news) {
        if (m instanceof NewsAttributes n) {
          return n;
        }
      }
    }
    return null;
  }
}
