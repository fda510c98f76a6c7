package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code khabar extract URL} against a loopback server: an article, a 404 page, a port where nothing listens. */
class ExtractCommandIT {
  static HttpServer server;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    byte[] article = Files.readAllBytes(ExtractCommandTest.FIXTURES.resolve("egypt-portal-byline.html"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/News/12345", x -> answer(x, 200, article));
    server.createContext("/old", x -> {
      x.getResponseHeaders().add("Location", "/News/12345");
      answer(x, 301, new byte[0]);
    });
    server.createContext("/", x -> answer(x, 404, "<html lang='ar'><head><title>غير موجودة</title></head><body>"
        .concat("<h1>الصفحة غير موجودة</h1><a href='/'>الرئيسية</a></body></html>").getBytes(
            java.nio.charset.StandardCharsets.UTF_8)));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void answer(com.sun.net.httpserver.HttpExchange x, int status, byte[] body) throws IOException {
    x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(body);
    }
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void aUrlIsFetchedAndItsAddressIsThePages() throws IOException {
    ExtractCommandTest.Result r = ExtractCommandTest.run("extract", base + "/old", "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals("ارتفاع صادرات مصر من الحمضيات إلى مستوى قياسي", r.json().get("title").asText());
    assertEquals("محمود عبد الرحمن", r.json().get("author").asText());
  }

  @Test
  void aNotFoundPageHasNoArticleAndExitsZero() throws IOException {
    ExtractCommandTest.Result r = ExtractCommandTest.run("extract", base + "/missing", "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.json().get("text").asText());
    assertEquals("ar", r.json().get("language").asText());
    assertTrue(r.err().contains("HTTP 404") && r.err().contains("no article found"), r.err());
  }

  @Test
  void nothingListeningIsAClearMessage() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    ExtractCommandTest.Result r = ExtractCommandTest.run("extract", "http://127.0.0.1:" + port + "/a");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cannot fetch"), r.err());
    assertTrue(r.clean(), r.err());
  }
}
