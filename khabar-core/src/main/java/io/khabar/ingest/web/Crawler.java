package io.khabar.ingest.web;

import io.khabar.model.Article;
import io.khabar.ingest.ArticleSink;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One crawl pass over sources: each feed and sitemap is fetched (conditionally), its new items lead to
 * article pages, each page is fetched, archived, extracted and handed to an {@link ArticleSink} (the
 * {@link io.khabar.ingest.Importer}'s, so crawled articles get the same duplicates, stories and commits
 * as imported files). Whatever fails is recorded with its URL and reason, and the pass goes on.
 */
public final class Crawler {
  /** Most items taken from one source in one pass; the rest wait for the next pass. */
  public static final int MAX_ITEMS_PER_SOURCE = 500;
  private static final int MAX_SITEMAPS_PER_SOURCE = 20;

  private final HttpFetcher fetcher;
  private final CrawlState state;
  private final WarcArchive archive;
  private final PageArticles pages;
  private final Clock clock;
  private final Consumer<String> log;
  private LeadPictures pictures; // null: pictures are not kept

  public Crawler(HttpFetcher fetcher, CrawlState state, WarcArchive archive, PageArticles pages, Clock clock,
      Consumer<String> log) {
    this.fetcher = fetcher;
    this.state = state;
    this.archive = archive;
    this.pages = pages;
    this.clock = clock;
    this.log = log;
  }

  /**
   * Crawls each source in turn. The state is changed but not saved: a page is marked done when its article
   * is handed to the sink, before the sink has committed it, so the caller saves the state only after the
   * import's last commit (as {@link WebIngest#crawlOnce} does); a crash mid-pass then fetches pages again
   * instead of losing their articles.
   */
  public List<SourceReport> crawl(List<Source> sources, ArticleSink sink) throws IOException, InterruptedException {
    List<SourceReport> reports = new ArrayList<>();
    for (Source s : sources) {
      SourceReport r = crawl(s, sink);
      reports.add(r);
      log.accept(r.toString());
    }
    return reports;
  }

  private final class Pass {
    final Source source;
    final ArticleSink sink;
    final Map<URI, FeedItem> items = new LinkedHashMap<>();
    int feeds;
    int unchanged;
    int articles;
    int failures;
    int extracted;
    int thin;
    int lastStatus;
    String firstError = "";

    Pass(Source source, ArticleSink sink) {
      this.source = source;
      this.sink = sink;
    }

    void fail(String url, String reason) {
      failures++;
      state.failed(new CrawlState.Failure(clock.instant(), source.name(), url, reason));
      sink.skip(url, reason);
    }
  }

  public SourceReport crawl(Source source, ArticleSink sink) throws IOException, InterruptedException {
    Pass p = new Pass(source, sink);
    for (String feed : source.feeds()) {
      FetchResult r = fetchList(p, feed, "feed");
      if (r != null) {
        try {
          new FeedReader().read(r.body(), r.contentType(), r.url(), p::fail).forEach(i -> p.items.putIfAbsent(i.link(), i));
        } catch (FetchException e) {
          listFailed(p, feed, e);
        }
      }
    }
    readSitemaps(p);
    int fresh = 0;
    for (FeedItem item : p.items.values()) {
      if (state.isDone(item.link().toString())) {
        continue;
      }
      if (++fresh > MAX_ITEMS_PER_SOURCE) {
        break;
      }
      page(p, item);
    }
    CrawlState.SourceStatus before = state.status(source.name()).orElse(null);
    state.status(source.name(), new CrawlState.SourceStatus(clock.instant(), p.lastStatus, p.firstError,
        p.articles, p.failures, (before == null ? 0 : before.extracted()) + p.extracted,
        (before == null ? 0 : before.thin()) + p.thin));
    return new SourceReport(source.name(), p.feeds, p.unchanged, Math.min(fresh, MAX_ITEMS_PER_SOURCE), p.articles,
        p.failures, p.extracted, p.thin);
  }

  private void readSitemaps(Pass p) throws IOException, InterruptedException {
    Deque<String> todo = new ArrayDeque<>(p.source.sitemaps());
    int read = 0;
    while (!todo.isEmpty() && read++ < MAX_SITEMAPS_PER_SOURCE) {
      FetchResult r = fetchList(p, todo.removeFirst(), "sitemap");
      if (r != null) {
        try {
          SitemapReader.Parsed parsed = new SitemapReader().read(r.body(), r.contentType(), r.url(), p::fail);
          parsed.items().forEach(i -> p.items.putIfAbsent(i.link(), i));
          parsed.sitemaps().forEach(u -> todo.addLast(u.toString()));
        } catch (FetchException e) {
          listFailed(p, r.url().toString(), e);
        }
      }
    }
  }

  /** A feed or sitemap: null when unchanged (304) or failed (recorded). */
  private FetchResult fetchList(Pass p, String url, String kind) throws IOException, InterruptedException {
    p.feeds++;
    try {
      FetchResult r = fetcher.fetch(url, p.source.addressRules(), state.validators(url));
      p.lastStatus = r.status();
      if (r.notModified()) {
        p.unchanged++;
        return null;
      }
      archive.write(r, p.source.name(), kind);
      state.validators(url, Validators.of(r));
      return r;
    } catch (FetchException e) {
      p.lastStatus = e.status();
      listFailed(p, url, e);
      return null;
    }
  }

  private void listFailed(Pass p, String url, FetchException e) {
    if (p.firstError.isEmpty()) {
      p.firstError = e.getMessage();
    }
    p.fail(url, e.getMessage());
  }

  /** Keeps the lead images of the articles this crawler imports in {@code store}; none without. */
  public Crawler withPictures(io.khabar.picture.PictureStore store) {
    this.pictures = new LeadPictures(fetcher, store, log);
    return this;
  }

  private void page(Pass p, FeedItem item) throws IOException, InterruptedException {
    String url = item.link().toString();
    boolean html = false;
    try {
      FetchResult r = fetcher.fetch(url, p.source.addressRules(), Validators.NONE);
      archive.write(r, p.source.name(), "page", item.published());
      html = PageArticles.isHtml(r.contentType());
      PageArticles.WithImage page = pages.withImage(r.url(), r.contentType(), r.body(), p.source.name(), item.published());
      Article a = page.article();
      p.extracted++;
      if (PageArticles.isThin(a.text())) {
        p.thin++;
      }
      p.sink.accept(a, url);
      p.articles++;
      state.done(url, clock.instant());
      String image = page.imageUrl() != null ? page.imageUrl() : item.image();
      if (pictures != null) {
        pictures.keep(a.id(), image, p.source.addressRules());
      }
    } catch (FetchException e) {
      if (html && PageArticles.NO_TEXT.equals(e.getMessage())) {
        p.extracted++;
        p.thin++;
      }
      p.fail(url, e.getMessage());
      if (!e.retryLater()) {
        state.done(url, clock.instant()); // a refusal or a broken page will not get better by asking again
      }
    }
  }
}
