package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** RetryAfter, Charsets, BoundedBody and ArticleIds, each alone. */
class SmallPiecesTest {
  private static final String ARABIC = "<p>نص عربي</p>";

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", now));
    assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Sun, 01 Mar 2026 10:00:30 GMT", now));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sun, 01 Mar 2026 09:00:00 GMT", now));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
    assertEquals(Optional.empty(), RetryAfter.parse(null, now));
  }

  @Test
  void charsetFromBomThenHeaderThenMetaThenGuess() {
    Charset iso6 = Charset.forName("ISO-8859-6");
    byte[] cp1256 = ARABIC.getBytes(Charsets.WINDOWS_1256);
    assertEquals(Charsets.WINDOWS_1256, Charsets.detect(cp1256, "text/html"), "undeclared, not UTF-8");
    assertEquals(StandardCharsets.UTF_8, Charsets.detect(ARABIC.getBytes(StandardCharsets.UTF_8), null));
    assertEquals(iso6, Charsets.detect(ARABIC.getBytes(iso6), "text/html; charset=ISO-8859-6"));
    assertEquals(iso6, Charsets.detect(ARABIC.getBytes(iso6), "text/html; charset=arabic"));
    assertEquals(iso6, Charsets.detect(ARABIC.getBytes(iso6), "text/html; charset=ISO-8859-6-I"));
    assertEquals(Charsets.WINDOWS_1256, Charsets.detect(cp1256, "text/html; charset=cp1256"));
    assertEquals(Charsets.WINDOWS_1256, Charsets.detect(cp1256, "text/html; charset=x-cp1256"));
    byte[] meta = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">" + ARABIC)
        .getBytes(Charsets.WINDOWS_1256);
    assertEquals(Charsets.WINDOWS_1256, Charsets.detect(meta, "text/html"));
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, Charsets.detect(bom, "text/html; charset=windows-1256"), "BOM wins");
    assertEquals(ARABIC, Charsets.decode(bom, null));
    assertEquals(ARABIC, Charsets.decode(cp1256, "text/html; charset=unknown-label"));
  }

  @Test
  void boundedReadStopsAtTheLimit() throws Exception {
    byte[] data = new byte[1000];
    assertEquals(1000, BoundedBody.read(new ByteArrayInputStream(data), 1000, "body").length);
    FetchException e = assertThrows(FetchException.class,
        () -> BoundedBody.read(new ByteArrayInputStream(data), 999, "body"));
    assertTrue(e.getMessage().contains("larger than 999"), e.getMessage());
  }

  @Test
  void gzipAndDeflateAreDecodedWithinTheLimit() throws Exception {
    byte[] text = ARABIC.repeat(100).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(text, BoundedBody.decode(gzip(text), "gzip", 1 << 20));
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(z)) {
      d.write(text);
    }
    assertArrayEquals(text, BoundedBody.decode(z.toByteArray(), "deflate", 1 << 20));
    assertArrayEquals(text, BoundedBody.decode(text, "", 10));
    byte[] bomb = gzip(new byte[20 << 20]);
    assertTrue(bomb.length < 100_000);
    FetchException e = assertThrows(FetchException.class, () -> BoundedBody.decode(bomb, "gzip", 1 << 20));
    assertTrue(e.getMessage().contains("decompressed body larger than"), e.getMessage());
    assertThrows(FetchException.class, () -> BoundedBody.decode(text, "gzip", 1 << 20), "not gzip at all");
    assertThrows(FetchException.class, () -> BoundedBody.decode(text, "br", 1 << 20));
  }

  @Test
  void articleIdsFollowTheNormalizedCanonicalUrl() {
    String id = ArticleIds.of("https://News.Example.com/a/1.html");
    assertTrue(id.matches("web-[0-9a-f]{16}"), id);
    assertEquals(id, ArticleIds.of("https://news.example.com:443/a/1.html#comments"));
    assertEquals(id, ArticleIds.of("https://news.example.com/a/./1.html"));
    assertNotEquals(id, ArticleIds.of("https://news.example.com/a/2.html"));
    assertNotEquals(id, ArticleIds.of("https://news.example.com/a/1.html?page=2"));
  }

  @Test
  void aCanonicalUrlIsTrustedOnItsOwnHostOnly() {
    java.net.URI page = java.net.URI.create("https://a.example/x?utm=1");
    assertEquals("https://a.example/x", PageArticles.canonical(page, "/x"));
    assertEquals("https://a.example/x?utm=1", PageArticles.canonical(page, "https://b.example/taken-over"));
    assertEquals("https://a.example/x?utm=1", PageArticles.canonical(page, "file:///etc/passwd"));
    assertEquals("https://a.example/x?utm=1", PageArticles.canonical(page, ""));
  }

  static byte[] gzip(byte[] b) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
