package io.khabar.ingest.web;

import io.khabar.extract.ArticleExtractor;
import io.khabar.extract.ExtractedPage;
import io.khabar.ingest.ImportChain;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ingest from the web over one data folder and one writable store: crawl passes over the sources file,
 * single-page fetches, re-extraction from the archive. What the CLI ({@code crawl}, {@code fetch},
 * {@code reextract}) and {@code serve --crawl} share. One pass at a time.
 */
public final class WebIngest implements AutoCloseable {
  /** Crawled articles are committed in small batches, so a site beside the crawl shows them soon. */
  public static final int COMMIT_EVERY = 20;

  public record PassResult(List<SourceReport> sources, ImportSummary summary) {}

  /** A page fetched on demand: what was fetched and what the extractor found in it. */
  public record Fetched(FetchResult result, ExtractedPage page) {}

  private final Path dataDir;
  private final ImportChain chain;
  private final HttpFetcher fetcher;
  private final WarcArchive archive;
  private final PageArticles pages = new PageArticles(new ArticleExtractor());
  private final Clock clock;
  private final Consumer<String> log;

  /**
   * {@code chain}: what file imports use ({@code io.khabar.Ingestion}), so crawled articles are grouped and
   * enriched alike; null when nothing is imported (fetching and extraction only).
   */
  public WebIngest(Path dataDir, ImportChain chain, HttpFetcher fetcher, Clock clock, Consumer<String> log) {
    this.dataDir = dataDir;
    this.chain = chain;
    this.fetcher = fetcher;
    this.clock = clock;
    this.log = log;
    this.archive = new WarcArchive(WarcArchive.folder(dataDir), clock);
  }

  /** One pass over every source in the sources file (read afresh, so added sources are crawled). */
  public synchronized PassResult crawlOnce() throws IOException, InterruptedException {
    List<Source> sources = Sources.load(dataDir).all();
    CrawlState state = CrawlState.load(dataDir);
    Crawler crawler = new Crawler(fetcher, state, archive, pages, clock, log)
        .withPictures(new io.khabar.picture.PictureStore(io.khabar.picture.PictureStore.folder(dataDir)));
    Importer importer = importer(COMMIT_EVERY, Importer.Progress.NONE, msg -> log.accept("failed " + msg));
    List<SourceReport> reports = new java.util.ArrayList<>();
    try {
      ImportSummary summary = importer.importFrom(sink -> reports.addAll(crawler.crawl(sources, sink)));
      return new PassResult(reports, summary);
    } finally {
      state.save(); // after importFrom's last commit (also when the pass failed or was interrupted)
    }
  }

  /** Adds a source (or merges its feeds into the one of that name) after checking every URL ({@link Sources#add}). */
  public Source addSource(Source s) throws IOException {
    return Sources.add(dataDir, s);
  }

  /** Adds a source under a new name only (the admin API); {@link Sources.NameTaken} if the name exists. */
  public Source addNewSource(Source s) throws IOException {
    return Sources.addNew(dataDir, s);
  }

  /** Fetches and extracts one page (robots.txt, limits and address rules apply as in a crawl). */
  public Fetched fetch(String url, AddressRules rules) throws IOException, InterruptedException {
    FetchResult r = fetcher.fetch(url, rules, Validators.NONE);
    return new Fetched(r, pages.extract(r.url(), r.contentType(), r.body()));
  }

  /** Fetches one page, archives it and imports it credited to {@code source}. */
  public ImportSummary fetchAndImport(String url, String source, AddressRules rules)
      throws IOException, InterruptedException {
    FetchResult r = fetcher.fetch(url, rules, Validators.NONE);
    archive.write(r, source, "page");
    PageArticles.WithImage page = pages.withImage(r.url(), r.contentType(), r.body(), source, null);
    io.khabar.model.Article a = page.article();
    ImportSummary s = importer(10_000, Importer.Progress.NONE, msg -> { }).importFrom(sink -> sink.accept(a, url));
    new LeadPictures(fetcher, new io.khabar.picture.PictureStore(io.khabar.picture.PictureStore.folder(dataDir)), log)
        .keep(a.id(), page.imageUrl(), rules);
    return s;
  }

  /** Re-runs extraction over every archived page and re-imports the articles; nothing is fetched. */
  public ImportSummary reextract(Importer.Progress progress) throws IOException, InterruptedException {
    return importer(10_000, progress, msg -> log.accept("skipped " + msg)).importFrom(sink -> new ReExtractor(pages, fetcher.config().maxDecodedBytes())
        .run(WarcArchive.folder(dataDir), sink));
  }

  /** An importer as file imports have: grouping, enrichment (entities, topic), periodic commits. */
  private Importer importer(int commitEvery, Importer.Progress progress, Consumer<String> onSkip) {
    if (chain == null) {
      throw new IllegalStateException("web ingestion opened without a store cannot import");
    }
    return chain.importer(commitEvery, progress, onSkip);
  }

  /** The source credited for a page fetched without one: its host. */
  public static String hostOf(String url) {
    try {
      String host = UrlRules.check(url).getHost();
      return host == null ? "web" : host.toLowerCase(java.util.Locale.ROOT);
    } catch (FetchException refused) {
      return "web"; // the fetch itself refuses it, with the reason
    }
  }

  @Override
  public void close() throws IOException {
    archive.close();
    fetcher.close();
  }
}
