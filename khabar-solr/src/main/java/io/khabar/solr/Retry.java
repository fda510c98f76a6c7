package io.khabar.solr;

import java.time.Duration;

/**
 * How often a request is tried before it fails, and how long to wait first (doubling each time).
 * The default waits about 30 s in all: long enough for SolrCloud to elect a new shard leader when a
 * node goes away.
 */
public record Retry(int attempts, Duration firstDelay) {
  public static final Retry DEFAULT = new Retry(6, Duration.ofMillis(1000));

  public Retry {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
  }

  long delayMillis(int attempt) {
    return firstDelay.toMillis() << Math.min(attempt - 1, 10);
  }
}
