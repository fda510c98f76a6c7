package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.extract.ArticleExtractor;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import io.khabar.store.lucene.LuceneStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crawl pass over the fake web into a real store, through the same Importer as file imports. */
class CrawlerIT {
  @TempDir Path dir;
  FakeTime time;
  FakeWeb web;
  HttpFetcher fetcher;
  Path data;
  List<String> log = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    time = new FakeTime();
    web = new FakeWeb(time, dir.resolve("secret.txt"));
    fetcher = new HttpFetcher(FetchConfig.defaults().withReadTimeout(Duration.ofSeconds(5)), time, time);
    data = dir.resolve("data");
  }

  @AfterEach
  void stop() {
    fetcher.close();
    web.close();
  }

  private List<Source> sources() {
    return List.of(
        new Source("fake", web.base, List.of(web.url("/feeds/rss2.xml"), web.url("/feeds/rss1.xml"),
            web.url("/feeds/atom.xml"), web.url("/feeds/malformed.xml"), web.url("/feeds/xxe.xml")),
            List.of(web.url("/sitemap-news.xml")), List.of(java.net.URI.create(web.base).getAuthority())),
        new Source("strict", web.base, List.of(web.url("/feeds/rss2.xml"))));
  }

  private ImportSummary pass(Path dataDir, CrawlState state) throws Exception {
    try (LuceneStore store = LuceneStore.open(dataDir.resolve("index"));
        WarcArchive archive = new WarcArchive(WarcArchive.folder(dataDir), time)) {
      Crawler crawler = new Crawler(fetcher, state, archive, new PageArticles(new ArticleExtractor()), time, log::add);
      ImportSummary s = new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).importFrom(sink -> crawler.crawl(sources(), sink));
      state.save(); // after the import's last commit, as WebIngest does
      return s;
    }
  }

  @Test
  void theCrawlerLeavesSavingTheStateToWhoeverCommitsTheArticles() throws Exception {
    CrawlState state = CrawlState.load(data);
    List<String> accepted = new ArrayList<>();
    try (WarcArchive archive = new WarcArchive(WarcArchive.folder(data), time)) {
      new Crawler(fetcher, state, archive, new PageArticles(new ArticleExtractor()), time, log::add)
          .crawl(sources(), new io.khabar.ingest.ArticleSink() {
            @Override
            public void accept(Article a, String origin) {
              accepted.add(origin); // handed over, not committed
            }

            @Override
            public void skip(String origin, String reason) { }
          });
    }
    assertFalse(accepted.isEmpty());
    assertTrue(accepted.stream().allMatch(state::isDone));
    assertFalse(Files.exists(CrawlState.file(data)), "pages on record as done before their articles are durable");
  }

  @Test
  void aPassImportsEveryReachableArticleAndRecordsEachFailure() throws Exception {
    CrawlState state = CrawlState.load(data);
    ImportSummary s = pass(data, state);
    assertEquals(5, s.added(), s.toString());
    assertEquals(1, s.unchanged(), "news/3 came by a redirect and by the sitemap: one article: " + s);
    try (LuceneStore store = LuceneStore.openReadOnly(data.resolve("index"))) {
      assertEquals(5, store.size());
      Article a = store.get(ArticleIds.of(web.url("/news/1.html"))).orElseThrow();
      assertEquals("fake", a.source());
      assertEquals(FakeWeb.NEWS[1][0], a.title());
      assertTrue(a.text().contains("خام برنت"), a.text());
      assertEquals("2026-03-01T08:00Z", String.valueOf(a.published()), "the feed's date when the page has none");
      assertTrue(store.get(ArticleIds.of(web.url("/news/3.html"))).isPresent(), "redirected page stored by its final URL");
    }
    Set<String> failed = state.failures().stream().map(f -> f.url() + " " + f.reason()).collect(Collectors.toSet());
    assertFailed(failed, "/private/secret.html", "robots.txt disallows");
    assertFailed(failed, "/pdf/doc.pdf", "not an HTML page");
    assertFailed(failed, "/feeds/malformed.xml", "not a readable feed");
    assertFailed(failed, "/feeds/xxe.xml", "not a readable feed");
    assertFailed(failed, "file:", "only http and https");
    assertTrue(state.failures().stream().anyMatch(f -> f.source().equals("strict") && f.reason().contains("loopback")),
        failed.toString());
    assertEquals(0, web.hits("/private/secret.html"));
    assertEquals(3, s.skipReasons().getOrDefault("refused", 0L), "file link, robots.txt, loopback: " + s.skipReasons());
    assertTrue(log.stream().anyMatch(l -> l.startsWith("fake: 6 feeds")), log.toString());
    CrawlState.SourceStatus status = CrawlState.load(data).status("fake").orElseThrow();
    assertEquals(6, status.pages());
    assertEquals(6, status.extracted(), "every article page fetched went through extraction");
    long shortTexts = java.util.Arrays.stream(FakeWeb.NEWS).filter(n -> PageArticles.isThin(n[1])).count();
    assertTrue(status.thin() >= shortTexts && status.thin() <= 6, status.toString());
    assertTrue(Files.list(WarcArchive.folder(data)).anyMatch(p -> p.toString().endsWith(".warc.gz")));
  }

  @Test
  void theNextPassAsksConditionallyAndFetchesNothingAgain() throws Exception {
    CrawlState state = CrawlState.load(data);
    pass(data, state);
    int pageHits = web.hits("/news/1.html");
    log.clear();
    ImportSummary again = pass(data, CrawlState.load(data));
    assertEquals(0, again.added() + again.updated() + again.unchanged(), again.toString());
    assertEquals(pageHits, web.hits("/news/1.html"), "a page done is not fetched again");
    assertTrue(log.get(0).contains("(1 unchanged)"), "rss2 answered 304: " + log);
  }

  @Test
  void reextractRebuildsTheArticlesFromTheArchiveWithoutFetching() throws Exception {
    pass(data, CrawlState.load(data));
    web.close();
    Path other = dir.resolve("other");
    ImportSummary s;
    try (LuceneStore store = LuceneStore.open(other.resolve("index"))) {
      s = new Importer(store).importFrom(sink -> new ReExtractor(new PageArticles(new ArticleExtractor()), 20 << 20)
          .run(WarcArchive.folder(data), sink));
      assertEquals(5, store.size());
      assertTrue(store.get(ArticleIds.of(web.url("/news/0.html"))).isPresent());
    }
    assertEquals(5, s.added(), s.toString());
    assertEquals(1, s.skipped(), "the archived PDF: " + s);
  }

  private static void assertFailed(Set<String> failed, String url, String reason) {
    assertTrue(failed.stream().anyMatch(f -> f.contains(url) && f.contains(reason)), url + " / " + reason + " in " + failed);
  }

  @Test
  void sourcesFileAndOpmlImport() throws Exception {
    Sources sources = Sources.load(data);
    assertTrue(sources.all().isEmpty());
    sources.put(new Source("bbc", "https://www.bbc.com/arabic", List.of("https://feeds.bbci.co.uk/arabic/rss.xml")));
    sources.save();
    Path opml = dir.resolve("subs.opml");
    Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
        + "<outline text=\"news\"><outline text=\"bbc\" type=\"rss\" xmlUrl=\"https://www.bbc.com/arabic/index.xml\"/>"
        + "<outline text=\"الجزيرة\" type=\"rss\" xmlUrl=\"https://www.aljazeera.net/rss\" htmlUrl=\"https://www.aljazeera.net\"/>"
        + "</outline></body></opml>");
    Sources reloaded = Sources.load(data);
    try (var in = Files.newInputStream(opml)) {
      new OpmlReader().read(in, opml.toString()).forEach(reloaded::put);
    }
    reloaded.save();
    List<Source> all = Sources.load(data).all();
    assertEquals(List.of("bbc", "الجزيرة"), all.stream().map(Source::name).toList());
    assertEquals(2, all.get(0).feeds().size(), "bbc's feeds merged");
    assertEquals("https://www.aljazeera.net", all.get(1).site());
    assertFalse(Files.readString(Sources.file(data)).contains("allowAddresses"), "empty lists are left out");
  }

  @Test
  void opmlWithADoctypeIsRefused() throws Exception {
    Path opml = dir.resolve("evil.opml");
    Files.writeString(opml, "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY s SYSTEM \"file://" + web.secretFile
        + "\">]><opml><body><outline text=\"&s;\" xmlUrl=\"https://x.example/rss\"/></body></opml>");
    try (var in = Files.newInputStream(opml)) {
      java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
          () -> new OpmlReader().read(in, opml.toString()));
      assertTrue(e.getMessage().contains("not a valid OPML file"), e.getMessage());
      assertFalse(e.getMessage().contains(FakeWeb.SECRET));
    }
  }
}
