package io.khabar.lab.bench;

import io.khabar.Ingestion;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.khabar.model.Article;
import io.khabar.enrich.Enricher;
import io.khabar.lab.eval.BenchmarksDoc;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.extract.ArticleExtractor;
import io.khabar.lab.harden.SampleCorpus;
import io.khabar.ingest.ArticleFiles;
import io.khabar.ingest.ArticleSink;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import io.khabar.ingest.web.CrawlState;
import io.khabar.ingest.web.Crawler;
import io.khabar.ingest.web.FetchConfig;
import io.khabar.ingest.web.HttpFetcher;
import io.khabar.ingest.web.PageArticles;
import io.khabar.ingest.web.Sleeper;
import io.khabar.ingest.web.Source;
import io.khabar.ingest.web.WarcArchive;
import io.khabar.ingest.web.WebIngest;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.jsoup.nodes.Entities;

/**
 * Crawl throughput on a loopback fake web: the first 500 articles of the bundled demo sample served as
 * HTML pages behind one RSS feed, crawled (fetch, archive as WARC, extract, import as a crawl pass imports:
 * enrichment, grouping, a commit every {@link WebIngest#COMMIT_EVERY}) with no crawl delay; beside it, the
 * baseline of the same run: the same articles imported from memory through the same Importer (the cost of
 * the import pipeline alone). The difference is the web side's cost.
 */
public final class CrawlBenchmark {
  private static final int ARTICLES = 500;

  private final Path work;
  private final int rounds;
  private final PrintStream log;
  private final Enricher enricher = Enricher.standard();

  public CrawlBenchmark(Path work, int rounds, PrintStream log) {
    this.work = work;
    this.rounds = rounds;
    this.log = log;
  }

  /** The section and its figures: seconds and rates of the three pipelines, and the ratios to the import. */
  public Report run() throws Exception {
    List<Article> articles = sample();
    List<Double> crawl = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    List<Double> webOnly = new ArrayList<>();
    HttpServer server = serve(articles);
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      // Warm-up round, not counted; it also keeps the articles exactly as the crawl hands them to the
      // importer, so the baseline imports the very same articles (ids, dates, text).
      List<Article> crawled = new ArrayList<>();
      crawlSeconds(base, -1, crawled);
      importSeconds(crawled, -1);
      for (int r = 0; r < rounds; r++) {
        baseline.add(importSeconds(crawled, r));
        crawl.add(crawlSeconds(base, r, new ArrayList<>()));
        webOnly.add(webOnlySeconds(base, r));
        log.printf("round %d: import %.2f s, crawl %.2f s, web side only %.2f s%n", r + 1, baseline.get(r),
            crawl.get(r), webOnly.get(r));
      }
    } finally {
      server.stop(0);
    }
    double c = Stats.median(crawl);
    double b = Stats.median(baseline);
    double w = Stats.median(webOnly);
    Figures f = new Figures().count("articles", ARTICLES)
        .put("import.seconds", b, 2).put("import.per_s", ARTICLES / b, 0)
        .put("crawl.seconds", c, 2).put("crawl.per_s", ARTICLES / c, 0)
        .put("web.seconds", w, 2).put("web.per_s", ARTICLES / w, 0)
        .put("ratio.crawl_to_import", c / b, 2).put("ratio.web_to_import", w / b, 2);
    return f.report("### Crawl throughput (loopback fake web)\n\n"
        + "`./khabar bench --only crawl` — " + ARTICLES + " articles of the demo sample served as HTML pages behind "
        + "one RSS feed on 127.0.0.1, crawled with no crawl delay: fetch, WARC archive, charset and extraction, "
        + "import as a crawl pass imports (entities and topic, duplicate and story grouping, a commit every "
        + WebIngest.COMMIT_EVERY + " articles). Baseline, same run: the very articles the crawl produced, "
        + "imported from memory through the same Importer. Median of " + rounds + " rounds after a warm-up round; "
        + "a fresh store each round.\n\n"
        + "| pipeline | seconds | articles/s |\n|---|---:|---:|\n"
        + String.format("| import from memory (baseline) | %.2f | %.0f |%n", b, ARTICLES / b)
        + String.format("| crawl from loopback web (fetch, archive, extract, import) | %.2f | %.0f |%n", c, ARTICLES / c)
        + String.format("| web side only (fetch, archive, extract; articles dropped) | %.2f | %.0f |%n", w, ARTICLES / w)
        + String.format("%nCrawl / import: %.2f; web side / import: %.2f.%s On this shared 2-core machine rounds "
            + "vary by more than the web side's cost. Real crawls are bound by politeness instead (one request per "
            + "host at a time, 1 s apart by default).%n", c / b, w / b, c < b
            ? " That the crawl, which includes the import, measured faster than the import alone is not explained "
                + "(a guess: with puts spaced by fetches, Lucene's background merges use idle time)."
            : "")
        + "\nMachine: " + BenchmarksDoc.machine() + ".\n");
  }

  /** The importer of a crawl pass ({@link WebIngest}): enrichment, grouping, frequent commits. */
  private Importer importer(LuceneStore store) {
    return Ingestion.into(store).enricher(enricher).build().importer(WebIngest.COMMIT_EVERY, Importer.Progress.NONE, m -> { });
  }

  private Crawler crawler(Path dir, HttpFetcher fetcher, WarcArchive archive) throws IOException {
    return new Crawler(fetcher, CrawlState.load(dir), archive, new PageArticles(new ArticleExtractor()),
        Clock.systemUTC(), line -> { });
  }

  private static Source source(String base) {
    return new Source("bench", base, List.of(base + "/feed.xml"), List.of(), List.of(java.net.URI.create(base).getAuthority()));
  }

  private double importSeconds(List<Article> articles, int round) throws Exception {
    Path dir = fresh("import-" + round);
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      long t = System.nanoTime();
      ImportSummary s = importer(store).importFrom(sink -> articles.forEach(a -> sink.accept(a, a.id())));
      check(s);
      return (System.nanoTime() - t) / 1e9;
    }
  }

  private double crawlSeconds(String base, int round, List<Article> handedOver) throws Exception {
    Path dir = fresh("crawl-" + round);
    FetchConfig config = FetchConfig.defaults().withDefaultCrawlDelay(Duration.ZERO);
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"));
        HttpFetcher fetcher = new HttpFetcher(config, Clock.systemUTC(), Sleeper.REAL);
        WarcArchive archive = new WarcArchive(WarcArchive.folder(dir), Clock.systemUTC())) {
      Crawler crawler = crawler(dir, fetcher, archive);
      long t = System.nanoTime();
      ImportSummary s = importer(store).importFrom(sink -> crawler.crawl(List.of(source(base)), new ArticleSink() {
            @Override
            public void accept(Article a, String origin) {
              handedOver.add(a);
              sink.accept(a, origin);
            }

            @Override
            public void skip(String origin, String reason) {
              sink.skip(origin, reason);
            }
          }));
      check(s);
      return (System.nanoTime() - t) / 1e9;
    }
  }

  private double webOnlySeconds(String base, int round) throws Exception {
    Path dir = fresh("web-" + round);
    FetchConfig config = FetchConfig.defaults().withDefaultCrawlDelay(Duration.ZERO);
    try (HttpFetcher fetcher = new HttpFetcher(config, Clock.systemUTC(), Sleeper.REAL);
        WarcArchive archive = new WarcArchive(WarcArchive.folder(dir), Clock.systemUTC())) {
      Crawler crawler = crawler(dir, fetcher, archive);
      int[] got = new int[1];
      long t = System.nanoTime();
      crawler.crawl(List.of(source(base)), new ArticleSink() {
        @Override
        public void accept(Article a, String origin) {
          got[0]++;
        }

        @Override
        public void skip(String origin, String reason) { }
      });
      double s = (System.nanoTime() - t) / 1e9;
      if (got[0] != ARTICLES) {
        throw new IllegalStateException("expected " + ARTICLES + " articles, crawled " + got[0]);
      }
      return s;
    }
  }

  private static void check(ImportSummary s) {
    if (s.added() != ARTICLES) {
      throw new IllegalStateException("expected " + ARTICLES + " new articles: " + s);
    }
  }

  private Path fresh(String name) throws IOException {
    return Benchmark.fresh(work.resolve("crawl-bench").resolve(name));
  }

  private List<Article> sample() throws IOException {
    List<Article> all = new ArrayList<>();
    new ArticleFiles().read(SampleCorpus.firstArticles(ARTICLES, work.resolve("crawl-bench").resolve("sample.jsonl")),
        new ArticleSink() {
          @Override
          public void accept(Article a, String origin) {
            all.add(a);
          }

          @Override
          public void skip(String origin, String reason) { }
        });
    return all;
  }

  private static HttpServer serve(List<Article> articles) throws IOException {
    // Without TCP_NODELAY the JDK server's small responses wait on delayed ACKs (~40 ms each): that
    // would measure the fake web, not the crawler.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newFixedThreadPool(2));
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>bench</title><link>" + base + "</link><description>d</description>");
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      feed.append("<item><title>").append(Entities.escape(a.title())).append("</title><link>")
          .append(base).append("/a/").append(i).append(".html</link>");
      if (a.published() != null) { // the same dates as the baseline's, so stories are grouped alike
        feed.append("<pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(a.published()))
            .append("</pubDate>");
      }
      feed.append("</item>");
    }
    byte[] feedBytes = feed.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/feed.xml")) {
        send(ex, "application/rss+xml", feedBytes);
      } else if (path.matches("/a/\\d+\\.html")) {
        Article a = articles.get(Integer.parseInt(path.substring(3, path.length() - 5)));
        send(ex, "text/html; charset=utf-8", page(a).getBytes(StandardCharsets.UTF_8));
      } else {
        ex.sendResponseHeaders(404, -1);
        ex.close();
      }
    });
    server.start();
    return server;
  }

  private static String page(Article a) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"ar\"><head><title>")
        .append(Entities.escape(a.title())).append("</title></head><body><h1>").append(Entities.escape(a.title()))
        .append("</h1>");
    for (String p : a.text().split("\n")) {
      b.append("<p>").append(Entities.escape(p)).append("</p>");
    }
    return b.append("</body></html>").toString();
  }

  private static void send(HttpExchange ex, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
