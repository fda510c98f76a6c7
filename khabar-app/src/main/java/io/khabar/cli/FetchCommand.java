package io.khabar.cli;

import io.khabar.extract.ExtractedPage;
import io.khabar.ingest.web.AddressRules;
import io.khabar.ingest.web.Source;
import io.khabar.ingest.web.Sources;
import io.khabar.ingest.web.WebIngest;
import io.khabar.store.ArticleStore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.khabar.ingest.web.DnsPinning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Fetch one article page (robots.txt, limits and address rules as in a crawl) and print what "
        + "extraction finds; --import also stores it.",
        "Example: ./khabar fetch https://www.bbc.com/arabic/articles/c1234 --import --source bbc"})
final class FetchCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Parameters(paramLabel = "URL", description = "The page (http or https).")
  String url;

  @Option(names = "--import", description = "Store the article (archived, then imported as a crawl would).")
  boolean store;

  @Option(names = "--source", paramLabel = "NAME",
      description = "Credit the article to this outlet (default: a configured source of that name, else the host).")
  String source;

  @Option(names = "--allow-address", paramLabel = "IP[:PORT]",
      description = "Allow this private/loopback address and port (IP:PORT, IP:* any port, bare IP = ports 80 and 443; for a test or intranet server); repeatable.")
  List<String> allowAddresses = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    DnsPinning.install(); // a crawling process pins host addresses before its first lookup (see its doc)
    try {
      io.khabar.ingest.web.UrlRules.check(url);
    } catch (io.khabar.ingest.web.FetchException refused) {
      throw new UsageException(refused.getMessage().replaceFirst("^refused: ", ""));
    }
    String name = source != null ? source : WebIngest.hostOf(url);
    Optional<Source> configured = Sources.load(data.dir).get(name);
    List<String> allowed = new ArrayList<>(allowAddresses);
    configured.ifPresent(s -> allowed.addAll(s.allowAddresses()));
    AddressRules rules = AddressRules.allowing(allowed);
    PrintStream out = System.out;
    try (ArticleStore st = store ? data.openStore() : null;
        WebIngest web = WebIngests.open(data.dir, st, out::println)) {
      if (store) {
        out.println(web.fetchAndImport(url, name, rules));
        out.println(data.describe() + " now holds " + st.size() + " articles");
      } else {
        print(web.fetch(url, rules), out);
      }
    }
    return 0;
  }

  private static void print(WebIngest.Fetched f, PrintStream out) {
    ExtractedPage p = f.page();
    out.println("url:        " + f.result().url() + (f.result().redirects().isEmpty() ? ""
        : "  (after " + f.result().redirects().size() + " redirects)"));
    out.println("status:     " + f.result().status() + ", " + f.result().contentType() + ", " + f.result().body().length + " bytes");
    out.println("canonical:  " + p.canonicalUrl());
    out.println("title:      " + p.title());
    out.println("published:  " + (p.published() == null ? "" : p.published()));
    out.println("author:     " + p.author());
    out.println("source:     " + p.originalSource());
    out.println("image:      " + p.imageUrl());
    out.println("language:   " + p.language());
    out.println("paragraphs: " + p.paragraphs().size());
    out.println();
    p.paragraphs().forEach(out::println);
  }
}
