package io.khabar.ingest.web;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;

/**
 * One fetched URL: where it ended after redirects (the hops before it in {@code redirects}), the status
 * (200, or 304 when a conditional GET found it unchanged), the headers, the body as received
 * ({@code raw}, what the archive keeps) and decoded.
 */
public record FetchResult(URI url, int status, HttpHeaders headers, byte[] raw, byte[] body,
    Instant fetchedAt, List<URI> redirects) {

  public boolean notModified() {
    return status == 304;
  }

  public String header(String name) {
    return headers.firstValue(name).orElse("");
  }

  public String contentType() {
    return header("Content-Type");
  }

  /** The body as text, its charset found as {@link Charsets} says. */
  public String text() {
    return Charsets.decode(body, contentType());
  }
}
