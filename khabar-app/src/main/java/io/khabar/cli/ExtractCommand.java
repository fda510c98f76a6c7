package io.khabar.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.extract.ArticleExtractor;
import io.khabar.extract.ExtractedPage;
import io.khabar.ingest.web.Charsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Extracts the article from one page: a file, a URL or standard input. No store, no crawl state: what
 * {@link ArticleExtractor} finds, as text or as one JSON object. A page with no article (a section front, a 404
 * page, an empty file) prints empty fields with the page's language and exits 0, saying so on stderr; input that
 * cannot be read or is not a page at all (a missing file, a PDF, an image) is a clear message and exit 2.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract the article (title, text, date, author, source credit, canonical URL, image, language) "
        + "from one HTML page: a file, an http(s) URL, or - for standard input. Needs no store.",
        "--json prints {\"title\",\"text\",\"published\",\"author\",\"source\",\"canonicalUrl\",\"image\",\"language\"}"
            + " (published: ISO-8601 or null).",
        "Exit codes: 0 extracted, or no article found (empty fields, said on stderr); 2 unreadable input or not a "
            + "page (missing file, PDF, image), bad usage.",
        "Example: ./khabar extract page.html --url https://www.masrawy.com/news/x --json"})
final class ExtractCommand implements Callable<Integer> {
  /**
   * Bytes read at most: the extractor reads {@link ArticleExtractor#MAX_HTML_CHARS} characters, at most 4 bytes
   * each; a longer input is cut here, so that a 50 MB file costs what 32 MB do.
   */
  static final int MAX_BYTES = ArticleExtractor.MAX_HTML_CHARS * 4;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Parameters(paramLabel = "FILE|URL|-", description = "An HTML file, an http(s) URL, or - to read standard input.")
  String input;

  @Option(names = "--url", paramLabel = "U",
      description = "The page's address, for relative links, the canonical URL and the outlet's name (default: the "
          + "URL fetched; none for a file).")
  String url;

  @Option(names = "--charset", paramLabel = "C",
      description = "Read the bytes in this character set (default: byte-order mark, HTTP header, <meta>, else UTF-8 "
          + "if valid, else windows-1256).")
  String charset;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  /** The page's bytes, where they came from, its content type if known. */
  record Page(byte[] body, String contentType, String address) {}

  @Override
  public Integer call() {
    Charset forced = charset == null ? null : charsetNamed(charset);
    Page page = read();
    String kind = notHtml(page.body());
    if (kind != null) {
      throw new UsageException(page.address() + " is " + kind + ", not an HTML page");
    }
    String html = forced != null ? new String(page.body(), forced) : Charsets.decode(page.body(), page.contentType());
    String pageUrl = url != null ? url : input.startsWith("http") ? page.address() : "";
    ExtractedPage p = new ArticleExtractor().extract(html, pageUrl);
    // UTF-8 whatever the locale: Java 17 would write Arabic as '?' under a POSIX locale
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (json) {
      out.println(Json.line(json(p)));
    } else {
      print(p, out);
    }
    if (p.paragraphs().isEmpty()) {
      System.err.println("khabar: no article found in " + page.address()
          + (p.language().isEmpty() ? "" : " (language: " + p.language() + ")"));
    }
    out.flush();
    return 0;
  }

  static ObjectNode json(ExtractedPage p) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("title", p.title());
    o.put("text", p.text());
    if (p.published() == null) {
      o.putNull("published");
    } else {
      o.put("published", p.published().toString());
    }
    o.put("author", p.author());
    o.put("source", p.originalSource());
    o.put("canonicalUrl", p.canonicalUrl());
    o.put("image", p.imageUrl());
    o.put("language", p.language());
    return o;
  }

  private static void print(ExtractedPage p, PrintStream out) {
    out.println("title:      " + p.title());
    out.println("published:  " + (p.published() == null ? "" : p.published()));
    out.println("author:     " + p.author());
    out.println("source:     " + p.originalSource());
    out.println("canonical:  " + p.canonicalUrl());
    out.println("image:      " + p.imageUrl());
    out.println("language:   " + p.language());
    out.println("paragraphs: " + p.paragraphs().size());
    out.println();
    p.paragraphs().forEach(out::println);
  }

  private static Charset charsetNamed(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown charset: " + name);
    }
  }

  private Page read() {
    if (input.equals("-")) {
      try {
        return new Page(readAtMost(System.in), null, "standard input");
      } catch (IOException e) {
        throw new UsageException("cannot read standard input: " + Errors.describe(e));
      }
    }
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return fetch(input);
    }
    Path file = Path.of(input);
    if (Files.isDirectory(file)) {
      throw new UsageException(input + " is a folder, not a page");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Page(readAtMost(in), null, input);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + input);
    } catch (AccessDeniedException e) {
      throw new UsageException("cannot read " + input + ": permission denied");
    } catch (IOException e) {
      throw new UsageException("cannot read " + input + ": " + Errors.describe(e));
    }
  }

  /** GET with redirects and time limits; any answer with a body is read (a 404 page is a page with no article). */
  private static Page fetch(String address) {
    URI uri;
    try {
      uri = URI.create(address);
    } catch (IllegalArgumentException e) {
      throw new UsageException("not a URL: " + address);
    }
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
        .header("User-Agent", "Khabar/0.1 (article extraction)").header("Accept", "text/html,*/*;q=0.5").GET().build();
    try {
      HttpResponse<InputStream> r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        byte[] body = readAtMost(in);
        if (r.statusCode() >= 400) {
          System.err.println("khabar: " + address + " answered HTTP " + r.statusCode());
        }
        return new Page(body, r.headers().firstValue("Content-Type").orElse(null), r.uri().toString());
      }
    } catch (IOException e) {
      throw new UsageException("cannot fetch " + address + ": " + reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted while fetching " + address);
    }
  }

  /** Why a fetch failed, in words (the HTTP client's exceptions often carry no message). */
  static String reason(IOException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    if (t instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
      return "timed out";
    }
    if (t instanceof java.net.UnknownHostException) {
      return "unknown host";
    }
    return t.getMessage() != null ? t.getMessage() : "network error";
  }

  static byte[] readAtMost(InputStream in) throws IOException {
    return in.readNBytes(MAX_BYTES);
  }

  /**
   * What the bytes are when they are clearly no HTML page (a PDF, an image, an archive, other binary data), or
   * null. Empty input is a page with no article, not an error.
   */
  static String notHtml(byte[] b) {
    if (starts(b, "%PDF")) {
      return "a PDF document";
    }
    if (starts(b, "\u0089PNG") || starts(b, "GIF8") || (b.length > 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8)
        || (starts(b, "RIFF") && b.length > 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP"))) {
      return "an image";
    }
    if (starts(b, "PK\u0003\u0004") || (b.length > 2 && (b[0] & 0xff) == 0x1F && (b[1] & 0xff) == 0x8B)) {
      return "an archive";
    }
    // text has no NUL bytes (UTF-16 would, but then it starts with its byte-order mark)
    boolean utf16 = b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
        || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE));
    int n = Math.min(b.length, 4096);
    int controls = 0;
    for (int i = 0; i < n && !utf16; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return "binary data";
      }
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
        controls++;
      }
    }
    return controls > n / 10 && n > 0 ? "binary data" : null;
  }

  private static boolean starts(byte[] b, String magic) {
    if (b.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((b[i] & 0xff) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
