package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds as the fake web serves them, parsed by Rome. The hostile ones prove what Rome 2.1's
 * WireFeedInput does by default: a DOCTYPE is refused outright (disallow-doctype-decl), so an
 * external entity (XXE) never reads the local file and nested entities (billion laughs) never expand.
 */
class FeedReaderIT {
  @TempDir static Path dir;
  static FakeWeb web;
  static URI feedUrl;
  final List<String> bad = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    web = new FakeWeb(new FakeTime(), dir.resolve("secret.txt"));
    feedUrl = URI.create(web.url("/feeds/x.xml"));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private List<FeedItem> read(String xml) throws FetchException {
    return new FeedReader().read(xml.getBytes(StandardCharsets.UTF_8), "application/xml", feedUrl,
        (link, reason) -> bad.add(link + " " + reason));
  }

  @Test
  void rss2ItemsLeadToPagesAndBadLinksAreReported() throws Exception {
    List<FeedItem> items = read(web.rss2());
    assertEquals(5, items.size(), items.toString());
    assertEquals(web.url("/news/1.html"), items.get(0).link().toString());
    assertEquals(FakeWeb.NEWS[1][0], items.get(0).title());
    assertEquals("2026-03-01T08:00Z", items.get(0).published().toString());
    assertEquals(1, bad.size(), bad.toString());
    assertTrue(bad.get(0).contains("only http and https"), bad.get(0));
  }

  @Test
  void rss1Rss091AndAtomAreRead() throws Exception {
    assertEquals(List.of(URI.create(web.url("/news/4.html"))), read(web.rss1()).stream().map(FeedItem::link).toList());
    assertEquals(List.of(URI.create(web.url("/news/2.html"))), read(web.rss091()).stream().map(FeedItem::link).toList());
    List<FeedItem> atom = read(web.atom());
    assertEquals(List.of(URI.create(web.url("/news/0.html")), URI.create(web.url("/news/1.html"))),
        atom.stream().map(FeedItem::link).toList(), "a relative Atom link resolves against the feed");
    assertNotNull(atom.get(0).published());
  }

  @Test
  void rss091WithNetscapesDoctypeIsRead() throws Exception {
    String netscape = web.rss091().replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\"?>\n<!-- old -->\n"
        + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
        + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">");
    assertTrue(netscape.contains("<!DOCTYPE rss PUBLIC"));
    assertEquals(List.of(URI.create(web.url("/news/2.html"))), read(netscape).stream().map(FeedItem::link).toList());
  }

  @Test
  void aDroppedExternalDtdNeverDefinesEntities() {
    String external = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"file://" + web.secretFile + "\">"
        + "<rss version=\"2.0\"><channel><title>&secret;</title><link>" + web.base + "</link>"
        + "<description>d</description></channel></rss>";
    FetchException e = assertThrows(FetchException.class, () -> read(external));
    assertFalse(e.toString().contains(FakeWeb.SECRET), e.toString());
    assertTrue(FeedReader.withoutPlainDoctype(web.xxe()).contains("<!DOCTYPE"), "an internal subset is left to Rome");
  }

  @Test
  void xxeIsRefusedAndTheLocalFileIsNeverRead() {
    FetchException e = assertThrows(FetchException.class, () -> read(web.xxe()));
    assertTrue(e.getMessage().startsWith("not a readable feed"), e.getMessage());
    assertTrue(String.valueOf(rootCause(e).getMessage()).contains("DOCTYPE"), rootCause(e).toString());
    assertFalse(e.toString().contains(FakeWeb.SECRET));
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    FetchException e = assertThrows(FetchException.class, () -> read(FakeWeb.laughs()));
    assertTrue(String.valueOf(rootCause(e).getMessage()).contains("DOCTYPE"), rootCause(e).toString());
  }

  @Test
  void malformedFeedIsAClearFailure() {
    FetchException e = assertThrows(FetchException.class,
        () -> read("<rss version=\"2.0\"><channel><item><title>x</ti"));
    assertTrue(e.getMessage().startsWith("not a readable feed"), e.getMessage());
    assertThrows(FetchException.class, () -> read("%PDF-1.4 not xml"));
  }

  @Test
  void itemLinksToLocalFilesJarsAndFtpAreSkippedWithAReason() throws Exception {
    List<FeedItem> items = read(web.hostileLinks());
    assertEquals(List.of(URI.create(web.url("/news/1.html"))), items.stream().map(FeedItem::link).toList());
    assertEquals(3, bad.size(), bad.toString());
    bad.forEach(b -> assertTrue(b.contains("refused: only http and https"), b));
  }

  @Test
  void newsSitemapItemsCarryTheirTitles() throws Exception {
    SitemapReader.Parsed p = new SitemapReader().read(web.newsSitemap().getBytes(StandardCharsets.UTF_8),
        "application/xml", URI.create(web.url("/sitemap-news.xml")), (l, r) -> bad.add(l));
    assertEquals(2, p.items().size());
    assertEquals(FakeWeb.NEWS[3][0], p.items().get(0).title());
    assertEquals(web.url("/news/4.html"), p.items().get(1).link().toString());
  }

  @Test
  void sitemapWithADoctypeIsRefused() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY s SYSTEM \"file://" + web.secretFile
        + "\">]><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://x.example/&s;</loc>"
        + "</url></urlset>";
    try {
      SitemapReader.Parsed p = new SitemapReader().read(xxe.getBytes(StandardCharsets.UTF_8), "application/xml",
          URI.create(web.url("/s.xml")), (l, r) -> bad.add(l));
      p.items().forEach(i -> assertFalse(i.link().toString().contains(FakeWeb.SECRET), i.toString()));
      assertTrue(p.items().isEmpty(), p.items().toString());
    } catch (FetchException refused) {
      assertFalse(refused.toString().contains(FakeWeb.SECRET));
    }
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
