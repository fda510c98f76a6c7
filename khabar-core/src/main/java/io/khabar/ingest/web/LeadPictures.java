package io.khabar.ingest.web;

import io.khabar.picture.PictureStore;
import io.khabar.picture.Thumbnails;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Fetches an article's lead image as any page is fetched (the source's address rules, robots.txt, size
 * limits, redirects bounded and loops refused) and keeps its thumbnail. Any failure means no picture,
 * logged with its reason; the article is imported all the same.
 */
final class LeadPictures {
  private final HttpFetcher fetcher;
  private final PictureStore store;
  private final Consumer<String> log;

  LeadPictures(HttpFetcher fetcher, PictureStore store, Consumer<String> log) {
    this.fetcher = fetcher;
    this.store = store;
    this.log = log;
  }

  /** Keeps the picture at {@code url} for the article, unless it has one already. */
  void keep(String articleId, String url, AddressRules rules) throws InterruptedException {
    if (url == null || store.has(articleId)) {
      return;
    }
    try {
      FetchResult r = fetcher.fetch(url, rules, Validators.NONE);
      if (r.status() != 200) {
        log.accept("  no picture for " + articleId + ": " + url + " answered HTTP " + r.status());
        return;
      }
      Thumbnails.Result t = Thumbnails.make(r.body(), r.contentType());
      if (!t.ok()) {
        log.accept("  no picture for " + articleId + ": " + url + ": " + t.rejected());
        return;
      }
      store.put(articleId, t.jpeg());
    } catch (FetchException e) {
      log.accept("  no picture for " + articleId + ": " + url + ": " + e.getMessage());
    } catch (IOException e) {
      log.accept("  no picture for " + articleId + ": cannot store it: " + e.getMessage());
    }
  }
}
