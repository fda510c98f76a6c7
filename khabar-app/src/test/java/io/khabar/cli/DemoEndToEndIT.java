package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `khabar demo` as a user runs it, in its own JVM: it imports the bundled sample, serves the site and
 * prints the address; the home page and an article page are fetched over HTTP.
 */
class DemoEndToEndIT {
  private static final Pattern ADDRESS = Pattern.compile("Khabar is serving (\\d+) articles at (http://\\S+/)");
  private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"(/articles/[^\"]+)\"");

  @TempDir Path data;

  @Test
  void demoServesTheSampleAndAnArticlePage() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process demo = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "io.khabar.cli.Main", "demo", "--data", data.toString(), "--port", "0")
        .redirectErrorStream(true).start();
    try {
      Matcher m = awaitAddress(demo);
      assertTrue(Integer.parseInt(m.group(1)) > 2000, "the sample holds a few thousand articles: " + m.group(0));
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String home = get(http, m.group(2));
      assertTrue(home.contains("dir=\"rtl\""), "home page is RTL");
      assertTrue(home.contains("class=\"top-stories\""), "home page shows the top stories");
      Matcher picture = Pattern.compile("<img class=\"thumb\" src=\"(/pictures/[^\"]+)\"").matcher(home);
      assertTrue(picture.find(), "the demo's top stories show pictures offline");
      HttpResponse<byte[]> jpeg = http.send(HttpRequest.newBuilder(
          URI.create(m.group(2) + picture.group(1).substring(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, jpeg.statusCode());
      assertEquals("image/jpeg", jpeg.headers().firstValue("Content-Type").orElse(""));
      Matcher link = ARTICLE_LINK.matcher(home);
      assertTrue(link.find(), "home page links to articles");
      String article = get(http, m.group(2) + link.group(1).substring(1));
      assertTrue(article.contains("<h1"), "article has a title");
      assertTrue(article.contains("المصدر"), "article credits its source");
      assertTrue(article.contains("مقالات مشابهة"), "article lists similar articles");
      // Beside the running site (readers never write): every README example against the demo store.
      ReadmeExamples.check(data);
    } finally {
      demo.destroy();
      demo.waitFor(20, TimeUnit.SECONDS);
    }
  }

  private static Matcher awaitAddress(Process demo) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = ADDRESS.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start(); // keep the pipe empty so the server never blocks on its output
        return m;
      }
    }
    throw new AssertionError("demo exited without serving; it printed:\n" + seen);
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), url);
    assertNotNull(r.body());
    return r.body();
  }

}
