package io.khabar.ingest.web;

import java.io.IOException;

/**
 * A URL that could not be fetched, with a reason a person can read ("refused: loopback address
 * 127.0.0.1", "body larger than 10485760 bytes", "HTTP 404"). {@code retryLater} tells a crawl whether
 * the next pass should try again (a timeout, a 503) or not (a refusal, a 404).
 */
public class FetchException extends IOException {
  private final boolean retryLater;
  private int status;

  public FetchException(String reason, boolean retryLater) {
    super(reason);
    this.retryLater = retryLater;
  }

  public FetchException(String reason, boolean retryLater, Throwable cause) {
    super(reason, cause);
    this.retryLater = retryLater;
  }

  /** A refusal: Khabar will not fetch this URL, whatever the next pass. */
  public static FetchException refused(String reason) {
    return new FetchException("refused: " + reason, false);
  }

  /** A response with an error status (4xx, 5xx). */
  public static FetchException status(int status) {
    FetchException e = new FetchException("HTTP " + status, status >= 500 || status == 429 || status == 408);
    e.status = status;
    return e;
  }

  /** The HTTP status that failed, or 0 when the failure was not an error status. */
  public int status() {
    return status;
  }

  public boolean retryLater() {
    return retryLater;
  }
}
