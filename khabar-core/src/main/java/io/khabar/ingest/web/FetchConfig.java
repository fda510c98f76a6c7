package io.khabar.ingest.web;

import java.time.Duration;

/**
 * Fetch limits and politeness settings. {@link #defaults()} is what the CLI uses.
 *
 * @param userAgent sent with every request; its first word is also the name matched in robots.txt
 * @param connectTimeout to open a connection
 * @param readTimeout to receive the response headers, and again to receive the whole body
 * @param maxBodyBytes largest body read from the wire; a longer one is aborted
 * @param maxDecodedBytes largest body after gzip/deflate decoding (a decompression bomb stops here)
 * @param maxRedirects redirect hops followed per URL
 * @param maxRetries retries of a 429/503 or a dropped connection
 * @param backoff first wait between retries without Retry-After; doubles each time
 * @param maxRetryAfter longest wait Khabar accepts from a Retry-After; longer gives up until the next pass
 * @param defaultCrawlDelay pause between two requests to one host when robots.txt gives none
 * @param maxCrawlDelay cap on a robots.txt Crawl-delay
 */
public record FetchConfig(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    long maxDecodedBytes,
    int maxRedirects,
    int maxRetries,
    Duration backoff,
    Duration maxRetryAfter,
    Duration defaultCrawlDelay,
    Duration maxCrawlDelay) {

  public static final String ROBOT_NAME = "KhabarBot";

  public static FetchConfig defaults() {
    return new FetchConfig(ROBOT_NAME + "/0.1 (+https://github.com/khabar-news/khabar; Arabic news aggregator)",
        Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 20L << 20, 5, 3,
        Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  public FetchConfig withReadTimeout(Duration d) {
    return new FetchConfig(userAgent, connectTimeout, d, maxBodyBytes, maxDecodedBytes, maxRedirects, maxRetries,
        backoff, maxRetryAfter, defaultCrawlDelay, maxCrawlDelay);
  }

  public FetchConfig withDefaultCrawlDelay(Duration d) {
    return new FetchConfig(userAgent, connectTimeout, readTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects, maxRetries,
        backoff, maxRetryAfter, d, maxCrawlDelay);
  }
}
