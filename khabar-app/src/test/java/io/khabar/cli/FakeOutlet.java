package io.khabar.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A tiny news site on loopback: robots.txt, an RSS feed of two Arabic articles, their pages. */
final class FakeOutlet implements AutoCloseable {
  static final String[][] ARTICLES = {
      {"الحكومة تعلن خطة جديدة لدعم الزراعة", "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين وتوسيع الرقعة الزراعية.\nوتشمل الخطة قروضا ميسرة وتوفير البذور."},
      {"انطلاق مهرجان المسرح العربي في تونس", "انطلقت فعاليات مهرجان المسرح العربي في العاصمة تونس بمشاركة فرق من عشر دول.\nويستمر المهرجان أسبوعا."},
  };

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  final String base;

  FakeOutlet() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
    server.setExecutor(pool);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::handle);
    server.start();
  }

  /** The outlet's address and port, as a source's allowAddresses lists it. */
  String hostPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  String url(String path) {
    return base + path;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    try {
      if (path.equals("/robots.txt")) {
        send(ex, 200, "text/plain", "User-agent: *\nDisallow: /admin/\n");
      } else if (path.equals("/rss.xml")) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>Fake</title><link>" + base + "</link><description>d</description>");
        for (int i = 0; i < ARTICLES.length; i++) {
          b.append("<item><title>").append(ARTICLES[i][0]).append("</title><link>").append(url("/news/" + i + ".html"))
              .append("</link><pubDate>Sun, 01 Mar 2026 0").append(i + 8).append(":00:00 GMT</pubDate></item>");
        }
        send(ex, 200, "application/rss+xml", b.append("</channel></rss>").toString());
      } else if (path.matches("/news/\\d\\.html")) {
        String[] a = ARTICLES[path.charAt(6) - '0'];
        StringBuilder b = new StringBuilder("<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>").append(a[0])
            .append("</title></head><body><h1>").append(a[0]).append("</h1>");
        for (String p : a[1].split("\n")) {
          b.append("<p>").append(p).append("</p>");
        }
        send(ex, 200, "text/html; charset=utf-8", b.append("</body></html>").toString());
      } else {
        send(ex, 404, "text/plain", "not found");
      }
    } finally {
      ex.close();
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
