package io.khabar.web.admin;

import io.khabar.ingest.web.Source;
import java.io.IOException;

/** What the admin endpoints may change: the sources, and when a crawl pass runs. */
public interface CrawlAdmin {
  /**
   * Adds a source under a new name; returns it as saved. An existing name is
   * {@link io.khabar.ingest.web.Sources.NameTaken} (409): the API never merges into, nor inherits the
   * {@code allowAddresses} of, a source the sources file's owner wrote. A URL Khabar will not fetch is a
   * {@link io.khabar.ingest.web.FetchException} (the API answers 400 with its reason).
   */
  Source addSource(Source source) throws IOException;

  /** Starts a crawl pass in the background; false if one is running already. */
  boolean startCrawl();
}
