package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.cli.CliIT.Result;
import io.khabar.ingest.web.ArticleIds;
import io.khabar.store.lucene.LuceneStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sources, crawl --once, fetch and reextract as a user runs them, against a news site on loopback. */
class CrawlCliIT {
  @TempDir static Path dir;
  static FakeOutlet outlet;

  @BeforeAll
  static void start() throws Exception {
    outlet = new FakeOutlet();
  }

  @AfterAll
  static void stop() {
    outlet.close();
  }

  @Test
  void crawlOnceImportsTheFeedsArticlesIntoARealStore() throws Exception {
    Path data = dir.resolve("crawl");
    Result add = CliIT.run("sources", "add", "fake", "--data", data.toString(), "--site", outlet.base,
        "--feed", outlet.url("/rss.xml"), "--allow-address", outlet.hostPort());
    assertEquals(0, add.code(), add.err());
    Result crawl = CliIT.run("crawl", "--once", "--data", data.toString());
    assertEquals(0, crawl.code(), crawl.err());
    assertTrue(crawl.out().contains("imported 2"), crawl.out());
    assertTrue(crawl.out().contains("fake: 1 feeds (0 unchanged), 2 new items, 2 articles, 0 failures"), crawl.out());
    try (LuceneStore store = LuceneStore.openReadOnly(data.resolve("index"))) {
      assertEquals(2, store.size());
      io.khabar.model.Article a = store.get(ArticleIds.of(outlet.url("/news/1.html"))).orElseThrow();
      assertEquals(FakeOutlet.ARTICLES[1][0], a.title());
      assertTrue(!a.topic().isEmpty() && !a.entities().isEmpty(), "enriched as an import is: " + a);
    }
    Result list = CliIT.run("sources", "--data", data.toString());
    assertEquals(0, list.code(), list.err());
    assertTrue(list.out().matches("(?s).*fake\\s+1\\s+2\\s+\\S+Z\\s+200.*"), list.out());
    assertTrue(!list.out().contains("null"), "no error shows as nothing: " + list.out());
    assertTrue(list.out().contains("thin text") && list.out().matches("(?s).*fake .* [0-2]/2 \\(\\d+%\\).*"),
        "the share of pages with no or very short text: " + list.out());

    Result again = CliIT.run("crawl", "--once", "--data", data.toString());
    assertTrue(again.out().contains("imported 0, updated 0, unchanged 0"), "nothing fetched twice: " + again.out());

    Result re = CliIT.run("reextract", "--data", data.toString());
    assertEquals(0, re.code(), re.err());
    assertTrue(re.out().contains("imported 0, updated 0, unchanged 2"), re.out());
  }

  @Test
  void crawlWithoutSourcesSaysHowToAddOne() {
    Result r = CliIT.run("crawl", "--once", "--data", dir.resolve("none").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("sources add"), r.err());
  }

  @Test
  void fetchPrintsTheExtractionAndImportStoresIt() throws Exception {
    Path data = dir.resolve("fetch");
    Result r = CliIT.run("fetch", "--data", data.toString(), "--allow-address", outlet.hostPort(), outlet.url("/news/0.html"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("title:      " + FakeOutlet.ARTICLES[0][0]), r.out());
    assertTrue(r.out().contains("وتشمل الخطة"), r.out());
    assertTrue(!Files.exists(data.resolve("index")), "printing stores nothing");
    Result imp = CliIT.run("fetch", "--data", data.toString(), "--allow-address", outlet.hostPort(), "--import",
        "--source", "fake", outlet.url("/news/0.html"));
    assertEquals(0, imp.code(), imp.err());
    assertTrue(imp.out().contains("imported 1"), imp.out());
  }

  @Test
  void fetchRefusesLoopbackUnlessAllowedAndNonHttpSchemes() {
    Result r = CliIT.run("fetch", "--data", dir.resolve("x").toString(), outlet.url("/news/0.html"));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("loopback address (127.0.0.1)"), r.err());
    Result file = CliIT.run("fetch", "--data", dir.resolve("x").toString(), "file:///etc/passwd");
    assertEquals(2, file.code(), "a URL Khabar never fetches is a usage error, as for sources add");
    assertTrue(file.err().contains("only http and https"), file.err());
    Result add = CliIT.run("sources", "add", "bad", "--data", dir.resolve("x").toString(), "--feed", "file:///etc/passwd");
    assertEquals(2, add.code());
  }

  @Test
  void opmlImportAddsSources() throws Exception {
    Path data = dir.resolve("opml");
    Path opml = dir.resolve("feeds.opml");
    Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
        + "<outline text=\"bbc\" xmlUrl=\"https://feeds.bbci.co.uk/arabic/rss.xml\" htmlUrl=\"https://www.bbc.com/arabic\"/>"
        + "<outline text=\"evil\" xmlUrl=\"file:///etc/passwd\"/></body></opml>");
    Result r = CliIT.run("sources", "import-opml", "--data", data.toString(), opml.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("evil: refused: only http and https"), r.err());
    Result list = CliIT.run("sources", "--data", data.toString());
    assertTrue(list.out().contains("bbc") && list.out().contains("never") && !list.out().contains("evil"), list.out());
  }
}
