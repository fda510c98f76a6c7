package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `khabar serve --crawl` in its own JVM against a news site on loopback: the crawled article shows on the
 * home page over HTTP; the admin endpoints answer 401 without or with a wrong token and act with the right one.
 */
class ServeCrawlEndToEndIT {
  private static final Pattern ADDRESS = Pattern.compile("Khabar is serving \\d+ articles at (http://\\S+/)");
  private static final String TOKEN = "test-admin-token-0123456789";

  @TempDir Path data;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void crawledArticlesAppearOnTheHomePageAndAdminNeedsTheToken() throws Exception {
    try (FakeOutlet outlet = new FakeOutlet()) {
      CliIT.Result add = CliIT.run("sources", "add", "fake", "--data", data.toString(),
          "--feed", outlet.url("/rss.xml"), "--allow-address", outlet.hostPort());
      assertEquals(0, add.code(), add.err());
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
          "io.khabar.cli.Main", "serve", "--crawl", "--crawl-interval", "1h", "--data", data.toString(), "--port", "0")
          .redirectErrorStream(true);
      pb.environment().put("KHABAR_ADMIN_TOKEN", TOKEN);
      Process serve = pb.start();
      try {
        String base = awaitAddress(serve);
        String home = awaitHomeContaining(base, FakeOutlet.ARTICLES[0][0]);
        assertTrue(home.contains(FakeOutlet.ARTICLES[1][0]), "both crawled articles are listed");

        assertEquals(401, post(base + "api/admin/crawl", null, "").statusCode());
        assertEquals(401, post(base + "api/admin/crawl", "Bearer wrong-token", "").statusCode());
        assertEquals(401, post(base + "api/admin/crawl", TOKEN, "").statusCode(), "the Bearer scheme is required");
        HttpResponse<String> crawl = post(base + "api/admin/crawl", "Bearer " + TOKEN, "");
        assertEquals(202, crawl.statusCode(), crawl.body());
        assertTrue(crawl.body().contains("\"started\""), crawl.body());

        String source = "{\"name\":\"other\",\"site\":\"https://other.example\",\"feeds\":[\"https://other.example/rss\"]}";
        assertEquals(401, post(base + "api/admin/sources", "Bearer nope", source).statusCode());
        HttpResponse<String> added = post(base + "api/admin/sources", "Bearer " + TOKEN, source);
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(Files.readString(data.resolve("sources.json")).contains("https://other.example/rss"));
        HttpResponse<String> bad = post(base + "api/admin/sources", "Bearer " + TOKEN,
            "{\"name\":\"x\",\"feeds\":[\"file:///etc/passwd\"]}");
        assertEquals(400, bad.statusCode(), bad.body());
        HttpResponse<String> privateAllowed = post(base + "api/admin/sources", "Bearer " + TOKEN,
            "{\"name\":\"x\",\"feeds\":[\"http://10.0.0.1/rss\"],\"allowAddresses\":[\"10.0.0.1\"]}");
        assertEquals(400, privateAllowed.statusCode(), privateAllowed.body());

        // Issue 15: posting under the name of the source whose owner allowed loopback merged the feed into it,
        // and the crawler then GET an internal admin URL. An existing name is now a 409 and nothing changes.
        String before = Files.readString(data.resolve("sources.json"));
        String internal = "http://127.0.0.1:" + (URI.create(outlet.url("/")).getPort() == 18090 ? 18091 : 18090)
            + "/internal-admin?action=delete";
        for (String name : new String[] {"fake", "other"}) {
          HttpResponse<String> taken = post(base + "api/admin/sources", "Bearer " + TOKEN,
              "{\"name\":\"" + name + "\",\"feeds\":[\"" + internal + "\"]}");
          assertEquals(409, taken.statusCode(), taken.body());
          assertTrue(taken.body().contains("exists already"), taken.body());
        }
        HttpResponse<String> sameOutlet = post(base + "api/admin/sources", "Bearer " + TOKEN,
            "{\"name\":\"fake2\",\"feeds\":[\"" + outlet.url("/rss.xml") + "\"],\"allowAddresses\":[\"" + outlet.hostPort() + "\"]}");
        assertEquals(400, sameOutlet.statusCode(), "a new source cannot allow itself anything: " + sameOutlet.body());
        assertEquals(before, Files.readString(data.resolve("sources.json")), "sources.json is unchanged");

        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(base + "api/stories")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), "reads stay public");
      } finally {
        serve.destroy();
        serve.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private HttpResponse<String> post(String url, String authorization, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Polls until the first crawl pass has committed (bounded; not a timing assertion). */
  private String awaitHomeContaining(String base, String title) throws Exception {
    String home = "";
    for (int i = 0; i < 240 && !home.contains(title); i++) {
      Thread.sleep(250);
      home = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
    assertTrue(home.contains(title), "the crawled article never showed on the home page:\n" + home);
    return home;
  }

  private static String awaitAddress(Process p) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = ADDRESS.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> {
          try {
            out.lines().forEach(l -> { });
          } catch (java.io.UncheckedIOException closed) {
            // the server was stopped
          }
        });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError("serve --crawl exited without serving; it printed:\n" + seen);
  }
}
