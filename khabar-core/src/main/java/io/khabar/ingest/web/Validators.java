package io.khabar.ingest.web;

/** What a conditional GET sends back: the ETag and Last-Modified of the last 200 for a URL (empty if none). */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators("", "");

  public Validators {
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }

  static Validators of(FetchResult r) {
    return new Validators(r.header("ETag"), r.header("Last-Modified"));
  }
}
