package io.khabar.ingest.web;

import java.time.Duration;

/** Waits. Injected so that tests of backoff and crawl delays run instantly on a test clock. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d) throws InterruptedException;

  Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));
}
