package io.khabar.cli;

import io.khabar.Khabar;
import io.khabar.ingest.web.CrawlState;
import io.khabar.ingest.web.FetchException;
import io.khabar.ingest.web.OpmlReader;
import io.khabar.ingest.web.Source;
import io.khabar.ingest.web.Sources;
import io.khabar.ingest.web.UrlRules;
import io.khabar.store.lucene.LuceneStore;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"List the outlets Khabar crawls (DATA/sources.json) with their article counts and last fetch "
        + "(time, HTTP status, error).",
        "Example: ./khabar sources"},
    subcommands = {SourcesCommand.Add.class, SourcesCommand.ImportOpml.class})
final class SourcesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    List<Source> sources = Sources.load(data.dir).all();
    PrintStream out = System.out;
    if (sources.isEmpty()) {
      out.println("no sources yet in " + Sources.file(data.dir) + " (add one with `./khabar sources add`)");
      return 0;
    }
    Map<String, Long> counts;
    if (!java.nio.file.Files.exists(LuceneStore.folderIn(data.dir))) {
      counts = Map.of(); // sources added, nothing crawled yet
    } else {
      try (LuceneStore store = LuceneStore.openReadOnly(LuceneStore.folderIn(data.dir))) {
        counts = store.countBySource();
      }
    }
    CrawlState state = CrawlState.load(data.dir);
    // thin text: the share of article pages fetched whose extraction gave no or very short text (under
    // PageArticles.SHORT_TEXT characters), over every pass: an outlet whose pages extraction misreads shows here
    out.printf("%-20s %5s %8s  %-20s %6s  %-16s %s%n", "source", "feeds", "articles", "last fetch", "status",
        "thin text", "error");
    for (Source s : sources) {
      CrawlState.SourceStatus st = state.status(s.name()).orElse(null);
      out.printf("%-20s %5d %8d  %-20s %6s  %-16s %s%n", s.name(), s.feeds().size() + s.sitemaps().size(),
          counts.getOrDefault(s.name(), 0L),
          st == null ? "never" : st.lastFetch().toString().replaceFirst("\\.\\d+Z$", "Z"),
          st == null || st.status() == 0 ? "-" : String.valueOf(st.status()),
          thin(st), st == null ? "" : st.error());
    }
    return 0;
  }

  /** "3/40 (8%)": pages with no or very short text of the pages extracted; "-" before any. */
  static String thin(CrawlState.SourceStatus st) {
    if (st == null || st.extracted() == 0) {
      return "-";
    }
    return String.format(java.util.Locale.ROOT, "%d/%d (%.0f%%)", st.thin(), st.extracted(),
        100.0 * st.thin() / st.extracted());
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Add an outlet (or more feeds to one).",
          "Example: ./khabar sources add bbc --site https://www.bbc.com/arabic --feed https://feeds.bbci.co.uk/arabic/rss.xml"})
  static final class Add implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME", description = "The outlet's name (articles are credited to it).")
    String name;

    @Option(names = "--site", description = "The outlet's home page.")
    String site = "";

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed; repeatable.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--sitemap", paramLabel = "URL", description = "A (news) sitemap; repeatable.")
    List<String> sitemaps = new ArrayList<>();

    @Option(names = "--allow-address", paramLabel = "IP[:PORT]",
        description = "A private or loopback address and port this source may reach (intranet or test server): 10.1.2.3:8080, [::1]:8080, 10.1.2.3:* (any port), or 10.1.2.3 (ports 80 and 443); repeatable.")
    List<String> allowAddresses = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      if (feeds.isEmpty() && sitemaps.isEmpty()) {
        throw new UsageException("give at least one --feed or --sitemap");
      }
      Source merged;
      try {
        merged = Sources.add(data.dir, new Source(name, site, feeds, sitemaps, allowAddresses));
      } catch (FetchException | IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      System.out.println("source " + merged.name() + ": " + merged.feeds().size() + " feeds, " + merged.sitemaps().size()
          + " sitemaps, in " + Sources.file(data.dir));
      return 0;
    }
  }

  @Command(name = "import-opml", mixinStandardHelpOptions = true,
      description = {"Add the feeds of an OPML subscription list (outlines with xmlUrl; named by their text).",
          "Example: ./khabar sources import-opml feeds.opml"})
  static final class ImportOpml implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "FILE", description = "An OPML file.")
    Path file;

    @Override
    public Integer call() throws Exception {
      List<Source> found;
      try (InputStream in = Files.newInputStream(file)) {
        found = new OpmlReader().read(in, file.toString());
      }
      Sources sources = Sources.load(data.dir);
      int feeds = 0;
      for (Source s : found) {
        List<String> ok = new ArrayList<>();
        for (String f : s.feeds()) {
          try {
            ok.add(UrlRules.check(f).toString());
          } catch (java.io.IOException e) {
            System.err.println("skipped " + file + ": " + s.name() + ": " + e.getMessage());
          }
        }
        if (!ok.isEmpty()) {
          sources.put(new Source(s.name(), s.site(), ok));
          feeds += ok.size();
        }
      }
      sources.save();
      System.out.println("imported " + feeds + " feeds of " + found.size() + " outlets into " + Sources.file(data.dir)
          + " (now " + sources.all().size() + " sources)");
      return 0;
    }
  }
}
