package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.extract.ArticleExtractor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against a real HTTP server on loopback; waits go to a test clock, so nothing really sleeps. */
class HttpFetcherIT {
  static final AddressRules LOOPBACK = AddressRules.allowing(List.of("127.0.0.1:*"));

  @TempDir Path dir;
  FakeTime time;
  FakeWeb web;
  HttpFetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    time = new FakeTime();
    web = new FakeWeb(time, dir.resolve("secret.txt"));
    fetcher = new HttpFetcher(FetchConfig.defaults().withReadTimeout(Duration.ofMillis(800)), time, time);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    web.close();
  }

  private FetchResult get(String path) throws Exception {
    return fetcher.fetch(web.url(path), LOOPBACK, Validators.NONE);
  }

  private FetchException failure(String path) {
    return assertThrows(FetchException.class, () -> get(path));
  }

  @Test
  void fetchesAPageAndSendsAClearUserAgent() throws Exception {
    FetchResult r = get("/news/1.html");
    assertEquals(200, r.status());
    assertTrue(r.text().contains(FakeWeb.NEWS[1][0]));
    assertTrue(fetcher.config().userAgent().startsWith("KhabarBot/"));
  }

  @Test
  void robotsTxtIsHonouredAndFetchedOncePerHost() throws Exception {
    FetchException e = failure("/private/secret.html");
    assertTrue(e.getMessage().contains("robots.txt disallows"), e.getMessage());
    assertFalse(e.retryLater());
    assertEquals(0, web.hits("/private/secret.html"), "a disallowed page is never requested");
    get("/news/1.html");
    get("/news/2.html");
    assertEquals(1, web.hits("/robots.txt"));
  }

  @Test
  void theCrawlDelayOfRobotsTxtSeparatesRequestsToAHost() throws Exception {
    get("/news/1.html");
    time.clearSleeps();
    get("/news/2.html");
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps(), "robots.txt says Crawl-delay: 3");
  }

  @Test
  void oneRequestAtATimePerHost() throws Exception {
    get("/news/1.html"); // robots.txt cached
    HttpFetcher fast = new HttpFetcher(FetchConfig.defaults(), time, d -> { });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<FetchResult>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        all.add(pool.submit(() -> fast.fetch(web.url("/concurrent"), LOOPBACK, Validators.NONE)));
      }
      for (Future<FetchResult> f : all) {
        assertEquals(200, f.get(30, TimeUnit.SECONDS).status());
      }
    } finally {
      pool.shutdownNow();
      fast.close();
    }
    assertEquals(1, web.maxConcurrent.get(), "the server never saw two requests at once");
  }

  @Test
  void conditionalGetGets304() throws Exception {
    FetchResult first = get("/feeds/rss2.xml");
    assertEquals(200, first.status());
    Validators v = Validators.of(first);
    assertEquals("\"rss2-v1\"", v.etag());
    FetchResult second = fetcher.fetch(web.url("/feeds/rss2.xml"), LOOPBACK, v);
    assertTrue(second.notModified());
    assertEquals(0, second.body().length);
  }

  @Test
  void retriesA429AfterItsRetryAfterSeconds() throws Exception {
    FetchResult r = get("/flaky/429");
    assertEquals(200, r.status());
    assertEquals(3, web.hits("/flaky/429"));
    assertTrue(time.sleeps().stream().filter(d -> d.equals(Duration.ofSeconds(7))).count() == 2, time.sleeps().toString());
  }

  @Test
  void retriesA503AfterItsRetryAfterDate() throws Exception {
    assertEquals(200, get("/flaky/503-date").status());
    assertTrue(time.sleeps().contains(Duration.ofSeconds(20)), time.sleeps().toString());
  }

  @Test
  void aRetryAfterBeyondTheLimitWaitsForTheNextPass() {
    FetchException e = failure("/flaky/503-forever");
    assertTrue(e.getMessage().contains("Retry-After 86400"), e.getMessage());
    assertTrue(e.retryLater());
    assertEquals(1, web.hits("/flaky/503-forever"));
  }

  @Test
  void redirectsAreFollowedHopByHop() throws Exception {
    FetchResult r = get("/redirect/to-news-3");
    assertEquals(web.url("/news/3.html"), r.url().toString());
    assertEquals(List.of(java.net.URI.create(web.url("/redirect/to-news-3"))), r.redirects());
  }

  @Test
  void aRedirectLoopStops() {
    assertTrue(failure("/redirect/loop-a").getMessage().startsWith("redirect loop"));
  }

  @Test
  void redirectsToPrivateAddressesOrFilesAreRefused() {
    for (String path : List.of("/redirect/private", "/redirect/metadata", "/redirect/mapped")) {
      FetchException e = failure(path);
      assertTrue(e.getMessage().startsWith("refused:") && e.getMessage().contains("does not allow"),
          path + ": " + e.getMessage());
    }
    FetchException file = failure("/redirect/file");
    assertTrue(file.getMessage().contains("only http and https"), file.getMessage());
    assertFalse(file.toString().contains(FakeWeb.SECRET));
  }

  @Test
  void aSourceThatAllowsNothingPrivateCannotReachLoopbackAtAll() {
    FetchException e = assertThrows(FetchException.class,
        () -> fetcher.fetch(web.url("/news/1.html"), AddressRules.publicOnly(), Validators.NONE));
    assertTrue(e.getMessage().contains("loopback address (127.0.0.1)"), e.getMessage());
    assertEquals(0, web.hits("/robots.txt") + web.hits("/news/1.html"), "nothing was requested");
  }

  @Test
  void anAllowanceForOnePortOpensNoOtherPortOfThatAddress() throws Exception {
    // Issue 15: an allowance for the source's own test server must not let the crawler reach an admin
    // service on another port of the same address.
    FakeWeb internal = new FakeWeb(time, dir.resolve("secret2.txt"));
    try {
      AddressRules onlyWeb = AddressRules.allowing(List.of(java.net.URI.create(web.base).getAuthority()));
      assertEquals(200, fetcher.fetch(web.url("/news/1.html"), onlyWeb, Validators.NONE).status());
      FetchException e = assertThrows(FetchException.class,
          () -> fetcher.fetch(internal.url("/internal-admin?action=delete"), onlyWeb, Validators.NONE));
      assertTrue(e.getMessage().contains("does not allow it on port"), e.getMessage());
      assertEquals(0, internal.hits("/internal-admin") + internal.hits("/robots.txt"), "nothing was requested");
    } finally {
      internal.close();
    }
  }

  @Test
  void octalHexAndShortLoopbackFormsMeetTheLoopbackRule() throws Exception {
    int port = java.net.URI.create(web.base).getPort();
    for (String host : List.of("0177.0.0.1", "0x7f.0.0.1", "127.1", "2130706433")) {
      String url = "http://" + host + ":" + port + "/news/1.html";
      FetchException e = assertThrows(FetchException.class,
          () -> fetcher.fetch(url, AddressRules.publicOnly(), Validators.NONE), url);
      assertTrue(e.getMessage().contains("loopback address (127.0.0.1)"), e.getMessage());
    }
    assertEquals(0, web.hits("/robots.txt") + web.hits("/news/1.html"), "nothing was requested");
    // Allowed, the same form reaches 127.0.0.1, where a browser would go.
    assertEquals(200, fetcher.fetch("http://0177.0.0.1:" + port + "/news/1.html", LOOPBACK, Validators.NONE).status());
  }

  @Test
  void aSlowServerTimesOut() {
    FetchException e = failure("/slow");
    assertTrue(e.getMessage().startsWith("no response within"), e.getMessage());
    assertTrue(e.retryLater());
  }

  @Test
  void aFiftyMegabytePageIsCutAtTheSizeLimit() throws Exception {
    // A generous read timeout: on a loaded machine 10 MB over loopback can take longer than the 800 ms the slow
    // server test needs, and this test is about the size limit, not the clock.
    fetcher.close();
    fetcher = new HttpFetcher(FetchConfig.defaults().withReadTimeout(Duration.ofSeconds(30)), time, time);
    FetchException e = failure("/big.html");
    assertTrue(e.getMessage().contains("larger than " + (10L << 20) + " bytes"), e.getMessage());
    assertTrue(web.bigPageDone.await(60, TimeUnit.SECONDS), "the server gave up writing");
    assertTrue(web.bigPageBytesWritten.get() < FakeWeb.BIG_PAGE_BYTES,
        "the download was aborted, not read to the end: " + web.bigPageBytesWritten.get());
  }

  @Test
  void aGzipBombIsStoppedAtTheDecodedLimit() throws Exception {
    assertTrue(FakeWeb.bomb().length < (1 << 20), "small on the wire");
    FetchException e = failure("/bomb.html");
    assertTrue(e.getMessage().contains("decompressed body larger than"), e.getMessage());
  }

  @Test
  void gzipPagesAreDecoded() throws Exception {
    assertTrue(get("/gzip/news.html").text().contains(FakeWeb.NEWS[0][0]));
  }

  @Test
  void windows1256AndIso88596PagesAreReadRight() throws Exception {
    PageArticles pages = new PageArticles(new ArticleExtractor());
    for (String path : List.of("/cp1256/plain.html", "/cp1256/meta.html")) {
      FetchResult r = get(path);
      Article a = pages.article(r.url(), r.contentType(), r.body(), "fake", null);
      assertEquals("خبر بترميز ويندوز", a.title(), path);
      assertTrue(a.text().contains("هذا نص عربي"), path + ": " + a.text());
    }
    FetchResult iso = get("/iso-8859-6.html");
    assertEquals("خبر بترميز ايزو", pages.article(iso.url(), iso.contentType(), iso.body(), "fake", null).title());
  }

  @Test
  void aPdfIsNotTakenForAnArticle() throws Exception {
    FetchResult r = get("/pdf/doc.pdf");
    PageArticles pages = new PageArticles(new ArticleExtractor());
    FetchException e = assertThrows(FetchException.class,
        () -> pages.article(r.url(), r.contentType(), r.body(), "fake", null));
    assertTrue(e.getMessage().contains("not an HTML page: application/pdf"), e.getMessage());
  }

  @Test
  void notFoundIsAnHttpStatusFailure() {
    FetchException e = failure("/no/such/page");
    assertEquals(404, e.status());
    assertFalse(e.retryLater());
  }
}
