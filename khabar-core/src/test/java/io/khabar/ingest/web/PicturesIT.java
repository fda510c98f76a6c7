package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.khabar.extract.ArticleExtractor;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import io.khabar.picture.PictureStore;
import io.khabar.store.lucene.LuceneStore;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lead images crawled from a loopback outlet: a good JPEG becomes a thumbnail in DATA/pictures; an SVG with
 * a script, a broken file, a private address, a redirect loop and a huge canvas are no picture, each with
 * its reason logged, and their articles are imported all the same. A feed's image enclosure is used when
 * the page names no image.
 */
class PicturesIT {
  @TempDir Path dir;
  HttpServer server;
  String base;
  FakeTime time;
  HttpFetcher fetcher;
  List<String> log = new ArrayList<>();

  /** page number → the og:image its page names (null: none; the feed then encloses /img/good.jpg). */
  static final Map<Integer, String> IMAGES = Map.of(
      1, "/img/good.jpg", 2, "/img/script.svg", 3, "/img/broken.jpg", 4, "http://10.0.0.7/x.jpg",
      5, "/img/loop-a", 6, "/img/huge.png");

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::handle);
    server.start();
    time = new FakeTime();
    fetcher = new HttpFetcher(FetchConfig.defaults().withReadTimeout(Duration.ofSeconds(5)), time, time);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    try {
      switch (path) {
        case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
        case "/feed.xml" -> send(ex, 200, "application/rss+xml", feed().getBytes(StandardCharsets.UTF_8));
        case "/img/good.jpg" -> send(ex, 200, "image/jpeg", jpeg());
        case "/img/script.svg" -> send(ex, 200, "image/svg+xml",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        case "/img/broken.jpg" -> send(ex, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        case "/img/loop-a" -> redirect(ex, "/img/loop-b");
        case "/img/loop-b" -> redirect(ex, "/img/loop-a");
        case "/img/huge.png" -> send(ex, 200, "image/png", hugePng());
        default -> {
          if (path.matches("/news/\\d\\.html")) {
            send(ex, 200, "text/html; charset=utf-8", page(path.charAt(6) - '0').getBytes(StandardCharsets.UTF_8));
          } else {
            send(ex, 404, "text/plain", new byte[0]);
          }
        }
      }
    } catch (Exception e) {
      send(ex, 500, "text/plain", new byte[0]);
    }
  }

  private String feed() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
        + "<link>" + base + "</link><description>d</description>");
    for (int n = 1; n <= 7; n++) {
      b.append("<item><title>خبر ").append(n).append("</title><link>").append(base).append("/news/").append(n)
          .append(".html</link><pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate>");
      if (n == 7) {
        b.append("<enclosure url=\"/img/good.jpg\" type=\"image/jpeg\" length=\"1000\"/>");
      }
      b.append("</item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static String page(int n) {
    String image = IMAGES.get(n);
    return "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر رقم " + n + "</title>"
        + (image == null ? "" : "<meta property=\"og:image\" content=\"" + image + "\">")
        + "</head><body><article><h1>خبر رقم " + n + " عن افتتاح المعرض</h1>"
        + "<p>افتتح في العاصمة اليوم معرض جديد للكتاب العربي بمشاركة مئات الناشرين من الدول العربية والأجنبية. (" + n + ")</p>"
        + "<p>ويستمر المعرض أسبوعين ويتضمن ندوات وأمسيات شعرية ولقاءات مع الكتاب والقراء من كل الأعمار.</p>"
        + "</article></body></html>";
  }

  static byte[] jpeg() throws IOException {
    BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.GREEN);
    g.fillRect(0, 0, 640, 400);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  static byte[] hugePng() {
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(90_000).putInt(90_000).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
    crc.update(ihdr.array());
    return java.nio.ByteBuffer.allocate(33).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13)
        .put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(ihdr.array()).putInt((int) crc.getValue()).array();
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    send(ex, 302, "text/plain", new byte[0]);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void onlyAGoodPictureIsKeptAndEveryRefusalIsLoggedWithItsReason() throws Exception {
    Path data = dir.resolve("data");
    Source source = new Source("fake", base, List.of(base + "/feed.xml"), List.of(), List.of(java.net.URI.create(base).getAuthority())); // this port only
    CrawlState state = CrawlState.load(data);
    ImportSummary s;
    try (LuceneStore store = LuceneStore.open(data.resolve("index"));
        WarcArchive archive = new WarcArchive(WarcArchive.folder(data), time)) {
      Crawler crawler = new Crawler(fetcher, state, archive, new PageArticles(new ArticleExtractor()), time, log::add)
          .withPictures(new PictureStore(PictureStore.folder(data)));
      s = new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).importFrom(sink -> crawler.crawl(List.of(source), sink));
    }
    assertEquals(7, s.added(), "every article is imported, picture or not: " + s + " " + log);
    PictureStore pictures = new PictureStore(PictureStore.folder(data));
    assertTrue(pictures.has(ArticleIds.of(base + "/news/1.html")), "the page's good JPEG: " + log);
    assertTrue(pictures.has(ArticleIds.of(base + "/news/7.html")), "the feed's enclosure: " + log);
    for (int n = 2; n <= 6; n++) {
      assertFalse(pictures.has(ArticleIds.of(base + "/news/" + n + ".html")), "no picture for page " + n);
    }
    String all = String.join("\n", log);
    assertTrue(all.contains("script.svg: markup"), all);
    assertTrue(all.contains("broken.jpg: broken picture"), all);
    assertTrue(all.contains("10.0.0.7"), "private address: " + all);
    assertTrue(all.contains("redirect loop"), all);
    assertTrue(all.contains("huge.png: claims 90000×90000"), all);
  }
}
