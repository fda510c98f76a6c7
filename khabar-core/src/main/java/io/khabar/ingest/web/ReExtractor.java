package io.khabar.ingest.web;

import io.khabar.ingest.ArticleSink;
import java.io.IOException;
import java.nio.file.Path;

/** Rebuilds articles from the archived pages (after an extractor change), without fetching anything. */
public final class ReExtractor {
  private final PageArticles pages;
  private final long maxDecodedBytes;

  public ReExtractor(PageArticles pages, long maxDecodedBytes) {
    this.pages = pages;
    this.maxDecodedBytes = maxDecodedBytes;
  }

  public void run(Path warcFolder, ArticleSink sink) throws IOException {
    WarcArchive.read(warcFolder, a -> {
      if (!a.kind().equals("page") || a.status() != 200) {
        return;
      }
      try {
        byte[] body = BoundedBody.decode(a.raw(), a.contentEncoding(), maxDecodedBytes);
        sink.accept(pages.article(a.url(), a.contentType(), body, a.source(), a.feedDate()), a.url().toString());
      } catch (FetchException e) {
        sink.skip(a.url().toString(), e.getMessage());
      }
    });
  }
}
