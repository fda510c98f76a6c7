package io.khabar.cli;

import io.javalin.Javalin;
import io.khabar.Khabar;
import io.khabar.relate.RelatedConfig;
import io.khabar.store.ArticleStore;
import io.khabar.web.server.WebServer;
import io.khabar.web.admin.AdminApi;
import io.khabar.web.admin.AdminToken;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import io.khabar.ingest.web.DnsPinning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web site and JSON API over the store (read-only: an import may run beside it).",
        "With --crawl, also crawl the sources in this process (on the writable store) and enable the admin "
            + "endpoints POST /api/admin/sources and /api/admin/crawl (Authorization: Bearer $KHABAR_ADMIN_TOKEN, "
            + "or a token printed at start).",
        "Example: ./khabar serve --port 7070"})
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Mixin ServeOptions listen;

  @Option(names = "--crawl", description = "Run the crawler inside the server (a pass at start, then every --crawl-interval).")
  boolean crawl;

  @Option(names = "--crawl-interval", defaultValue = "15m", converter = WebIngests.DurationConverter.class,
      description = "Time between crawl passes with --crawl (default: ${DEFAULT-VALUE}).")
  Duration crawlInterval;

  @Override
  public Integer call() throws Exception {
    if (!crawl) {
      Khabar khabar = data.openKhabar();
      serveUntilStopped(khabar, listen, data.dir);
      return 0;
    }
    DnsPinning.install(); // a crawling process pins host addresses before its first lookup (see its doc)
    ArticleStore store = data.openStore();
    Khabar khabar = new Khabar(store, RelatedConfig.defaults());
    BackgroundCrawl crawler = new BackgroundCrawl(WebIngests.open(data.dir, store, line -> System.out.println("  " + line)),
        System.out);
    AdminToken token = AdminToken.fromEnvironment();
    System.out.println(token.generated()
        ? "admin token (shown once; set " + AdminToken.ENV + " to choose it): " + token.value()
        : "admin token: from " + AdminToken.ENV);
    Javalin app = WebServer.start(khabar, listen.host, listen.port, AdminApi.of(crawler, token), listen.site().withDataDir(data.dir));
    crawler.start(crawlInterval);
    awaitStop(app, khabar, crawler, listen.host);
    return 0;
  }

  /** Starts the site, prints its address, and blocks until the process is stopped. */
  static void serveUntilStopped(Khabar khabar, ServeOptions listen, java.nio.file.Path dataDir) throws Exception {
    Javalin app = WebServer.start(khabar, listen.host, listen.port, AdminApi.disabled(),
        listen.site().withDataDir(dataDir));
    awaitStop(app, khabar, null, listen.host);
  }

  private static void awaitStop(Javalin app, Khabar khabar, AutoCloseable crawler, String host) throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        if (crawler != null) {
          crawler.close(); // before the store: a pass in progress commits what it has
        }
        khabar.close();
      } catch (Exception e) {
        System.err.println("khabar: closing the store: " + e.getMessage());
      }
      stopped.countDown();
    }));
    System.out.println("Khabar is serving " + khabar.size() + " articles at http://" + displayHost(host) + ":" + app.port() + "/");
    System.out.flush();
    stopped.await();
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host;
  }
}
