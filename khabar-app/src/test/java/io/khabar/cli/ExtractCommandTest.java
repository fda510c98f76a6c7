package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code khabar extract} on real files: a news page, and the input of issue 13 that must give a clear message or
 * empty fields, never a stack trace or a hang (PDF, image, empty file, 50 MB of one line, an English page, a 404
 * page, a missing file). The URL form runs against a loopback server in {@link ExtractCommandIT}.
 */
class ExtractCommandTest {
  static final Path FIXTURES = Path.of("../khabar-core/src/test/resources/io/khabar/extract/fixtures");
  static final List<String> FIELDS = List.of("title", "text", "published", "author", "source", "canonicalUrl", "image",
      "language");

  @TempDir Path dir;

  record Result(int code, String out, String err) {
    JsonNode json() throws IOException {
      return Json.MAPPER.readTree(out);
    }

    /** Neither stream shows a Java exception. */
    boolean clean() {
      return !(out + err).matches("(?s).*(Exception|\\tat [a-z]|Error:).*");
    }
  }

  static synchronized Result run(InputStream stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(stdin);
      int code = Main.run(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  static Result run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNewsPageGivesEveryFieldAsJson() throws IOException {
    JsonNode gold = Json.MAPPER.readTree(FIXTURES.resolve("egypt-portal-byline.json").toFile());
    Result r = run("extract", FIXTURES.resolve("egypt-portal-byline.html").toString(), "--url",
        gold.get("url").asText(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.json();
    for (String f : FIELDS) {
      assertTrue(j.has(f), f + " missing: " + r.out());
    }
    assertEquals(gold.get("title").asText(), j.get("title").asText());
    assertEquals(gold.get("author").asText(), j.get("author").asText());
    assertEquals(gold.get("canonicalUrl").asText(), j.get("canonicalUrl").asText());
    assertEquals(gold.get("imageUrl").asText(), j.get("image").asText());
    assertEquals("2023-05-05", j.get("published").asText().substring(0, 10));
    assertEquals("ar", j.get("language").asText());
    assertEquals(3, j.get("text").asText().split("\n").length, j.get("text").asText());
    assertEquals("", r.err());
  }

  @Test
  void withoutJsonItPrintsTheFieldsThenTheParagraphs() {
    Result r = run("extract", FIXTURES.resolve("egypt-portal-byline.html").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("title:      ارتفاع صادرات مصر من الحمضيات إلى مستوى قياسي"), r.out());
    assertTrue(r.out().contains("paragraphs: 3"), r.out());
  }

  @Test
  void standardInputIsAPage() throws IOException {
    byte[] page = Files.readAllBytes(FIXTURES.resolve("saudi-hijri.html"));
    Result r = run(new ByteArrayInputStream(page), "extract", "-", "--json");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.json().get("text").asText().isEmpty());
  }

  @Test
  void aPageInAnotherLanguageSaysWhichLanguage() throws IOException {
    Result r = run("extract", FIXTURES.resolve("english-wire.html").toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals("en", r.json().get("language").asText());
    assertEquals("Lina Haddad", r.json().get("author").asText());
  }

  @Test
  void aPageWithNoArticleGivesEmptyFieldsItsLanguageAndExitZero() throws IOException {
    Path notFound = file("404.html", "<html lang='ar'><head><title>الصفحة غير موجودة</title></head><body><nav>"
        + "<a href='/'>الرئيسية</a> <a href='/sport'>رياضة</a></nav><h1>عذرا، الصفحة غير موجودة</h1>"
        + "<footer>جميع الحقوق محفوظة</footer></body></html>");
    Result r = run("extract", notFound.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.json().get("text").asText());
    assertEquals("ar", r.json().get("language").asText());
    assertTrue(r.err().contains("no article found"), r.err());
    assertTrue(r.clean(), r.err());
  }

  @Test
  void anEmptyFileHasNoArticle() throws IOException {
    Result r = run("extract", file("empty.html", new byte[0]).toString(), "--json");
    assertEquals(0, r.code(), r.err());
    for (String f : FIELDS) {
      assertTrue(r.json().has(f), f);
    }
    assertEquals("", r.json().get("text").asText());
    assertTrue(r.json().get("published").isNull());
    assertTrue(r.err().contains("no article found"), r.err());
  }

  @Test
  void aPdfOrAnImageIsNoPage() throws IOException {
    Path pdf = file("report.html", "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
    Result r = run("extract", pdf.toString(), "--json");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("PDF"), r.err());
    assertTrue(r.clean(), r.err());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Result img = run("extract", file("photo.png", png).toString());
    assertEquals(2, img.code());
    assertTrue(img.err().contains("image"), img.err());
    byte[] junk = new byte[5000];
    new java.util.Random(13).nextBytes(junk);
    junk[10] = 0;
    assertEquals(2, run("extract", file("junk.bin", junk).toString()).code());
  }

  @Test
  void fiftyMegabytesOfOneLineEndInTime() throws IOException {
    Path big = dir.resolve("big.html");
    byte[] chunk = ("<p>" + "خبر طويل جدا بلا نهاية، ".repeat(40) + "</p>").getBytes(StandardCharsets.UTF_8);
    try (OutputStream o = Files.newOutputStream(big)) {
      for (long n = 0; n < 50L << 20; n += chunk.length) {
        o.write(chunk);
      }
    }
    Result r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> run("extract", big.toString(), "--json"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.clean(), r.err());
    assertEquals("ar", r.json().get("language").asText());
  }

  @Test
  void aMissingFileOrAFolderIsAUsageError() {
    Result r = run("extract", dir.resolve("nope.html").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no such file"), r.err());
    assertTrue(r.clean(), r.err());
    Result folder = run("extract", dir.toString());
    assertEquals(2, folder.code());
    assertTrue(folder.err().contains("folder"), folder.err());
    assertEquals(2, run("extract").code());
  }

  @Test
  void charsetOverridesDetection() throws IOException {
    Charset cp1256 = Charset.forName("windows-1256");
    String page = "<html><body><h1>عنوان الخبر</h1><p>" + "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين، ".repeat(3)
        + "</p></body></html>";
    Path f = file("legacy.html", page.getBytes(cp1256));
    Result r = run("extract", f.toString(), "--charset", "windows-1256", "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.json().get("text").asText().startsWith("أعلنت الحكومة"), r.out());
    Result bad = run("extract", f.toString(), "--charset", "klingon-7");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("unknown charset"), bad.err());
  }

  @Test
  void hasHelp() {
    Result r = run("extract", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: khabar extract"), r.out());
  }
}
