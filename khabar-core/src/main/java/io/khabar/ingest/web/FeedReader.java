package io.khabar.ingest.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * RSS 0.9x, 1.0, 2.0 and Atom feeds through Rome. Rome 2.1's WireFeedInput refuses any DOCTYPE
 * (disallow-doctype-decl, unless setAllowDoctypes(true), which Khabar never calls), turns off external
 * general and parameter entities and external DTD loading, and resolves any remaining .dtd to nothing;
 * so neither XXE nor entity-expansion ("billion laughs") feeds get through (see FeedReaderIT).
 * Item links are resolved against the feed URL and must be http(s); a bad one is reported and skipped.
 */
public final class FeedReader {

  /** The items of a feed, in feed order; {@code onBadItem} gets (link, reason) for each item skipped. */
  public List<FeedItem> read(byte[] xml, String contentType, URI feedUrl, BiConsumer<String, String> onBadItem)
      throws FetchException {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml), contentType, true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(withoutPlainDoctype(readAll(reader))));
    } catch (FeedException | IllegalArgumentException | IOException e) {
      throw new FetchException("not a readable feed: " + e.getMessage(), false, e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = link(e);
      if (link == null) {
        onBadItem.accept(feedUrl + "#" + e.getTitle(), "feed item without a link");
        continue;
      }
      try {
        items.add(new FeedItem(UrlRules.resolve(feedUrl, link), e.getTitle() == null ? "" : e.getTitle().strip(),
            date(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()), image(feedUrl, e)));
      } catch (FetchException bad) {
        onBadItem.accept(link, bad.getMessage());
      }
    }
    return items;
  }

  /** The first enclosure that says it is a picture, resolved against the feed; null if none. */
  static String image(URI feedUrl, SyndEntry e) {
    for (com.rometools.rome.feed.synd.SyndEnclosure enc : e.getEnclosures()) {
      String type = enc.getType() == null ? "" : enc.getType().toLowerCase(java.util.Locale.ROOT);
      if (enc.getUrl() != null && type.startsWith("image/") && !type.contains("svg")) {
        try {
          return UrlRules.resolve(feedUrl, enc.getUrl()).toString();
        } catch (FetchException bad) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * Old RSS 0.91 feeds carry Netscape's {@code <!DOCTYPE rss PUBLIC ... "...rss-0.91.dtd">}, which Rome
   * refuses with every DOCTYPE. A DOCTYPE without an internal subset ("[...]") can define no entity, and
   * its external DTD is never loaded, so it is dropped; one with an internal subset (where XXE and
   * entity bombs live) is left for Rome to refuse.
   */
  static String withoutPlainDoctype(String xml) {
    // A scan, not a regex: a regex over the leading comments recursed once per character and overflowed
    // the stack on a long comment (found by fuzzing).
    int i = skipSpace(xml, xml.startsWith("\uFEFF") ? 1 : 0);
    if (xml.startsWith("<?xml", i)) {
      int end = xml.indexOf("?>", i);
      if (end < 0) {
        return xml;
      }
      i = skipSpace(xml, end + 2);
    }
    while (xml.startsWith("<!--", i)) {
      int end = xml.indexOf("-->", i + 4);
      if (end < 0) {
        return xml;
      }
      i = skipSpace(xml, end + 3);
    }
    if (!xml.regionMatches(i, "<!DOCTYPE", 0, 9) || i + 9 >= xml.length() || !Character.isWhitespace(xml.charAt(i + 9))) {
      return xml;
    }
    int end = xml.indexOf('>', i);
    int subset = xml.indexOf('[', i);
    if (end < 0 || (subset >= 0 && subset < end)) {
      return xml; // an internal subset: left for Rome to refuse
    }
    return xml.substring(0, i) + xml.substring(end + 1);
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String readAll(java.io.Reader r) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = r.read(buf)) != -1; ) {
      b.append(buf, 0, n);
    }
    return b.toString();
  }

  private static String link(SyndEntry e) {
    if (e.getLink() != null && !e.getLink().isBlank()) {
      return e.getLink();
    }
    for (SyndLink l : e.getLinks()) {
      if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
        return l.getHref();
      }
    }
    String uri = e.getUri();
    return uri != null && uri.matches("(?i)https?://.*") ? uri : null;
  }

  static OffsetDateTime date(Date d) {
    return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC);
  }
}
