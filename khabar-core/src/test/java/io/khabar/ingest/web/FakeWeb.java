package io.khabar.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A small fake web on loopback for the crawler tests: feeds (RSS 2.0, RSS 1.0, Atom, a news sitemap),
 * Arabic article pages, a robots.txt that disallows /private/, redirects (and a loop), 304s, 429/503
 * with Retry-After, a slow endpoint, windows-1256 pages, hostile feeds, a 50 MB page, a PDF, a gzip bomb.
 */
final class FakeWeb implements AutoCloseable {
  static final String SECRET = "KHABAR-LOCAL-SECRET-4711";
  static final long BIG_PAGE_BYTES = 50L << 20;

  final HttpServer server;
  final String base;
  final FakeTime time;
  final java.nio.file.Path secretFile;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final AtomicLong bigPageBytesWritten = new AtomicLong();
  final CountDownLatch bigPageDone = new CountDownLatch(1);
  final AtomicInteger concurrent = new AtomicInteger();
  final AtomicInteger maxConcurrent = new AtomicInteger();
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final ExecutorService pool = Executors.newCachedThreadPool();

  FakeWeb(FakeTime time, java.nio.file.Path secretFile) throws IOException {
    this.time = time;
    this.secretFile = secretFile;
    java.nio.file.Files.writeString(secretFile, SECRET);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(pool);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::route);
    server.start();
  }

  String url(String path) {
    return base + path;
  }

  int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  private void route(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    int now = concurrent.incrementAndGet();
    maxConcurrent.accumulateAndGet(now, Math::max);
    try {
      handle(ex, path);
    } catch (IOException e) {
      // the client went away (size limit, timeout): expected in these tests
    } finally {
      concurrent.decrementAndGet();
      ex.close();
    }
  }

  private void handle(HttpExchange ex, String path) throws IOException {
    switch (path) {
      case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 3\n");
      case "/feeds/rss2.xml" -> conditional(ex, "\"rss2-v1\"", "application/rss+xml", rss2());
      case "/feeds/rss1.xml" -> send(ex, 200, "application/rdf+xml", rss1());
      case "/feeds/atom.xml" -> send(ex, 200, "application/atom+xml", atom());
      case "/feeds/rss091.xml" -> send(ex, 200, "text/xml", rss091());
      case "/feeds/malformed.xml" -> send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>x</ti");
      case "/feeds/xxe.xml" -> send(ex, 200, "application/rss+xml", xxe());
      case "/feeds/laughs.xml" -> send(ex, 200, "application/rss+xml", laughs());
      case "/feeds/hostile-links.xml" -> send(ex, 200, "application/rss+xml", hostileLinks());
      case "/sitemap-news.xml" -> send(ex, 200, "application/xml", newsSitemap());
      case "/redirect/to-news-3" -> redirect(ex, "/news/3.html");
      case "/redirect/loop-a" -> redirect(ex, "/redirect/loop-b");
      case "/redirect/loop-b" -> redirect(ex, "/redirect/loop-a");
      case "/redirect/private" -> redirect(ex, "http://127.0.0.2:" + server.getAddress().getPort() + "/news/1.html");
      case "/redirect/metadata" -> redirect(ex, "http://169.254.169.254/latest/meta-data/");
      case "/redirect/mapped" -> redirect(ex, "http://[::ffff:127.0.0.2]:" + server.getAddress().getPort() + "/news/1.html");
      case "/redirect/file" -> redirect(ex, "file://" + secretFile);
      case "/flaky/429" -> flaky(ex, 2, 429, "7");
      case "/flaky/503-date" -> flaky(ex, 1, 503,
          DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(20).atOffset(ZoneOffset.UTC)));
      case "/flaky/503-forever" -> flaky(ex, Integer.MAX_VALUE, 503, "86400");
      case "/slow" -> slow(ex);
      case "/cp1256/plain.html" -> sendBytes(ex, 200, "text/html", null, page1256(false));
      case "/cp1256/meta.html" -> sendBytes(ex, 200, "text/html", null, page1256(true));
      case "/iso-8859-6.html" -> sendBytes(ex, 200, "text/html; charset=ISO-8859-6", null,
          articleHtml("خبر بترميز ايزو",
              "نص الخبر بترميز قديم للعربية، ما زال عدد قليل من المواقع يستعمله حتى اليوم.\nويقرؤه الزاحف كما كتب.").getBytes(Charset.forName("ISO-8859-6")));
      case "/big.html" -> bigPage(ex);
      case "/pdf/doc.pdf" -> sendBytes(ex, 200, "application/pdf", null, "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
      case "/bomb.html" -> gzipBomb(ex);
      case "/gzip/news.html" -> sendBytes(ex, 200, "text/html; charset=utf-8", "gzip", gzip(articleHtml(NEWS[0][0], NEWS[0][1]).getBytes(StandardCharsets.UTF_8)));
      case "/concurrent" -> { slowish(); send(ex, 200, "text/plain", "ok"); }
      default -> {
        if (path.matches("/news/\\d\\.html") || path.matches("/private/.*")) {
          int n = path.startsWith("/news/") ? path.charAt(6) - '0' : 0;
          send(ex, 200, "text/html; charset=utf-8", articleHtml(NEWS[n % NEWS.length][0], NEWS[n % NEWS.length][1]));
        } else {
          send(ex, 404, "text/plain", "not found");
        }
      }
    }
  }

  static final String[][] NEWS = {
      {"وزراء الخارجية العرب يجتمعون في القاهرة", "اجتمع وزراء الخارجية العرب في القاهرة اليوم لبحث الأوضاع في المنطقة.\nوقال الأمين العام إن الاجتماع ناقش ملفات عديدة."},
      {"ارتفاع أسعار النفط في الأسواق العالمية", "ارتفعت أسعار النفط الخام في الأسواق العالمية بعد قرار خفض الإنتاج.\nوسجل خام برنت أعلى مستوى له منذ أشهر."},
      {"المنتخب الوطني يفوز في تصفيات كأس العالم", "فاز المنتخب الوطني لكرة القدم على ضيفه بثلاثة أهداف مقابل هدف.\nوتصدر المنتخب مجموعته بعد هذا الفوز."},
      {"افتتاح معرض الكتاب الدولي بمشاركة واسعة", "افتتح معرض الكتاب الدولي أبوابه أمام الزوار بمشاركة مئات دور النشر.\nويستمر المعرض عشرة أيام."},
      {"هطول أمطار غزيرة على المناطق الشمالية", "شهدت المناطق الشمالية هطول أمطار غزيرة أدت إلى جريان السيول.\nودعت السلطات المواطنين إلى الحذر."},
  };

  String articleHtml(String title, String text) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>")
        .append(title).append("</title></head><body><h1>").append(title).append("</h1><article>");
    for (String p : text.split("\n")) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article></body></html>").toString();
  }

  private String item(String path, String title) {
    return "<item><title>" + title + "</title><link>" + url(path) + "</link>"
        + "<pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate></item>";
  }

  String rss2() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Fake</title><link>" + base
        + "</link><description>d</description>"
        + item("/news/1.html", NEWS[1][0]) + item("/news/2.html", NEWS[2][0])
        + item("/redirect/to-news-3", NEWS[3][0]) + item("/private/secret.html", "secret")
        + item("/pdf/doc.pdf", "a pdf")
        + "<item><title>file</title><link>file://" + secretFile + "</link></item>"
        + "</channel></rss>";
  }

  String rss1() {
    return "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        + "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"" + base + "\"><title>F</title><link>" + base
        + "</link><description>d</description></channel><item rdf:about=\"" + url("/news/4.html") + "\"><title>"
        + NEWS[4][0] + "</title><link>" + url("/news/4.html") + "</link></item></rdf:RDF>";
  }

  String atom() {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title>"
        + "<id>urn:f</id><updated>2026-03-01T08:00:00Z</updated><entry><title>" + NEWS[0][0] + "</title>"
        + "<link href=\"/news/0.html\"/><id>urn:e0</id><updated>2026-03-01T07:00:00Z</updated></entry>"
        + "<entry><title>" + NEWS[1][0] + "</title><link rel=\"alternate\" href=\"" + url("/news/1.html")
        + "\"/><id>urn:e1</id><updated>2026-03-01T07:30:00Z</updated></entry></feed>";
  }

  String rss091() {
    return "<?xml version=\"1.0\"?><rss version=\"0.91\"><channel><title>F</title><link>" + base
        + "</link><description>d</description><language>ar</language>"
        + "<item><title>" + NEWS[2][0] + "</title><link>" + url("/news/2.html") + "</link></item></channel></rss>";
  }

  String xxe() {
    return "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file://" + secretFile + "\">]>"
        + "<rss version=\"2.0\"><channel><title>&secret;</title><link>" + base + "</link><description>d</description>"
        + "<item><title>&secret;</title><link>" + url("/news/1.html") + "</link></item></channel></rss>";
  }

  static String laughs() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      b.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        b.append("&lol").append(i - 1).append(';');
      }
      b.append("\">");
    }
    return b.append("]><rss version=\"2.0\"><channel><title>&lol10;</title><link>http://x/</link>"
        + "<description>d</description></channel></rss>").toString();
  }

  String hostileLinks() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><link>" + base
        + "</link><description>d</description>"
        + "<item><title>a</title><link>file://" + secretFile + "</link></item>"
        + "<item><title>b</title><link>jar:file:/tmp/x.jar!/a</link></item>"
        + "<item><title>c</title><link>ftp://example.org/x</link></item>"
        + item("/news/1.html", NEWS[1][0]) + "</channel></rss>";
  }

  String newsSitemap() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + "<url><loc>" + url("/news/3.html") + "</loc><news:news><news:publication><news:name>Fake</news:name>"
        + "<news:language>ar</news:language></news:publication><news:publication_date>2026-03-01T08:00:00Z"
        + "</news:publication_date><news:title>" + NEWS[3][0] + "</news:title></news:news></url>"
        + "<url><loc>" + url("/news/4.html") + "</loc></url></urlset>";
  }

  private byte[] page1256(boolean declared) {
    String meta = declared ? "<meta charset=\"windows-1256\">" : "";
    String html = "<html><head>" + meta + "<title>خبر بترميز ويندوز</title></head><body><h1>خبر بترميز ويندوز</h1>"
        + "<p>هذا نص عربي مكتوب بترميز ويندوز ١٢٥٦ القديم، وهو ترميز ما زالت بعض المواقع الإخبارية تستعمله.</p>"
        + "<p>ويجب أن يقرأه الزاحف دون أن تتحول حروفه إلى رموز لا يفهمها القارئ.</p></body></html>";
    return html.getBytes(Charsets.WINDOWS_1256);
  }

  private void conditional(HttpExchange ex, String etag, String type, String body) throws IOException {
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.getResponseHeaders().set("ETag", etag);
      ex.sendResponseHeaders(304, -1);
      return;
    }
    ex.getResponseHeaders().set("ETag", etag);
    ex.getResponseHeaders().set("Last-Modified", "Sun, 01 Mar 2026 08:00:00 GMT");
    send(ex, 200, type, body);
  }

  private void flaky(HttpExchange ex, int failures, int status, String retryAfter) throws IOException {
    if (hits(ex.getRequestURI().getPath()) <= failures) {
      ex.getResponseHeaders().set("Retry-After", retryAfter);
      send(ex, status, "text/plain", "busy");
    } else {
      send(ex, 200, "text/html; charset=utf-8", articleHtml(NEWS[4][0], NEWS[4][1]));
    }
  }

  private void slow(HttpExchange ex) throws IOException {
    try {
      stopping.await(20, TimeUnit.SECONDS); // far beyond the test's read timeout; ends when the web stops
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    send(ex, 200, "text/plain", "late");
  }

  private void slowish() {
    try {
      Thread.sleep(50); // long enough for two clients to overlap if the fetcher let them
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void bigPage(HttpExchange ex) throws IOException {
    try {
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early, the limit must cut the stream
      byte[] chunk = "<p>حشو حشو حشو حشو حشو حشو</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = ex.getResponseBody()) {
        while (bigPageBytesWritten.get() < BIG_PAGE_BYTES) {
          out.write(chunk);
          bigPageBytesWritten.addAndGet(chunk.length);
        }
      }
    } finally {
      bigPageDone.countDown();
    }
  }

  private static byte[] bomb;

  /** 64 MB of zeros, about 64 KB gzipped; made once, before a test's fetch starts its clock. */
  static synchronized byte[] bomb() throws IOException {
    if (bomb == null) {
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 64; i++) {
          gz.write(zeros);
        }
      }
      bomb = compressed.toByteArray();
    }
    return bomb;
  }

  private void gzipBomb(HttpExchange ex) throws IOException {
    sendBytes(ex, 200, "text/html", "gzip", bomb());
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    sendBytes(ex, status, type, null, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange ex, int status, String type, String encoding, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    if (encoding != null) {
      ex.getResponseHeaders().set("Content-Encoding", encoding);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    stopping.countDown();
    server.stop(0);
    pool.shutdownNow();
  }
}
