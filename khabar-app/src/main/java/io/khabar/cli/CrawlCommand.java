package io.khabar.cli;

import io.khabar.ingest.web.SourceReport;
import io.khabar.ingest.web.Sources;
import io.khabar.ingest.web.WebIngest;
import io.khabar.store.ArticleStore;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import io.khabar.ingest.web.DnsPinning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = {"Poll the sources' feeds and sitemaps, fetch new articles, and import them (duplicates, stories, "
        + "index) as `import` does. Runs a pass every --interval until stopped, or one pass with --once. "
        + "A `serve` beside it shows new articles within a second.",
        "Example: ./khabar crawl --interval 15m"})
final class CrawlCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Option(names = "--once", description = "Run one pass and exit.")
  boolean once;

  @Option(names = "--interval", defaultValue = "15m", converter = WebIngests.DurationConverter.class,
      description = "Time between the start of two passes (default: ${DEFAULT-VALUE}; e.g. 30s, 15m, 2h).")
  Duration interval;

  @Override
  public Integer call() throws Exception {
    DnsPinning.install(); // a crawling process pins host addresses before its first lookup (see its doc)
    PrintStream out = System.out;
    if (Sources.load(data.dir).all().isEmpty()) {
      throw new UsageException("no sources in " + Sources.file(data.dir)
          + ": add one with `./khabar sources add NAME --feed URL` or `./khabar sources import-opml FILE`");
    }
    try (ArticleStore store = data.openStore();
        WebIngest web = WebIngests.open(data.dir, store, line -> out.println("  " + line))) {
      while (true) {
        Instant start = Instant.now();
        out.println("crawl pass at " + start);
        WebIngest.PassResult r = web.crawlOnce();
        out.println(summary(r));
        out.println(data.describe() + " now holds " + store.size() + " articles");
        out.flush();
        if (once) {
          return 0;
        }
        Duration rest = interval.minus(Duration.between(start, Instant.now()));
        if (!rest.isNegative()) {
          Thread.sleep(rest.toMillis());
        }
      }
    }
  }

  /** The import summary of a pass (each source's counts were printed as it finished). */
  static String summary(WebIngest.PassResult r) {
    int failures = r.sources().stream().mapToInt(SourceReport::failures).sum();
    return r.sources().size() + " sources, " + failures + " failures; " + r.summary();
  }
}
