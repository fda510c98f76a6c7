package io.khabar.ingest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the crawler remembers between passes, in {@code DATA/crawl-state.json}: the validators (ETag,
 * Last-Modified) of each feed and sitemap for conditional GETs, the pages already done (so a feed item
 * is fetched once), each source's last fetch status, and the last 500 failures (URL and reason).
 * Written atomically at the end of a pass, after the import's last commit, so that no page is on record
 * as done before its article is durable.
 */
public final class CrawlState {
  static final int MAX_FAILURES = 500;

  /**
   * The last fetch of a source's feeds: when, the HTTP status (0 = none), and the error (empty = none); and, over
   * every pass so far, the article pages fetched and extracted ({@code extracted}) and how many of them gave no or
   * very short text ({@code thin}, see {@link PageArticles#isThin}).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SourceStatus(Instant lastFetch, int status, String error, long pages, long failures, long extracted,
      long thin) {
    public SourceStatus {
      error = error == null ? "" : error;
    }

    public SourceStatus(Instant lastFetch, int status, String error, long pages, long failures) {
      this(lastFetch, status, error, pages, failures, 0, 0);
    }

    /** The share of extracted pages with no or very short text, or -1 when none was extracted. */
    public double thinShare() {
      return extracted == 0 ? -1 : (double) thin / extracted;
    }
  }

  public record Failure(Instant time, String source, String url, String reason) {}

  record Saved(Map<String, Validators> validators, Map<String, Instant> done, Map<String, SourceStatus> sources,
      List<Failure> failures) {}

  private final Path file;
  private final Map<String, Validators> validators = new LinkedHashMap<>();
  private final Map<String, Instant> done = new LinkedHashMap<>();
  private final Map<String, SourceStatus> sources = new LinkedHashMap<>();
  private final Deque<Failure> failures = new ArrayDeque<>();

  private CrawlState(Path file) {
    this.file = file;
  }

  public static Path file(Path dataDir) {
    return dataDir.resolve("crawl-state.json");
  }

  public static CrawlState load(Path dataDir) throws IOException {
    CrawlState s = new CrawlState(file(dataDir));
    if (Files.exists(s.file)) {
      try {
        Saved saved = JsonFiles.JSON.readValue(s.file.toFile(), Saved.class);
        if (saved.validators() != null) s.validators.putAll(saved.validators());
        if (saved.done() != null) s.done.putAll(saved.done());
        if (saved.sources() != null) s.sources.putAll(saved.sources());
        if (saved.failures() != null) s.failures.addAll(saved.failures());
      } catch (IOException e) {
        throw new IOException(s.file + ": unreadable crawl state (" + e.getMessage() + "); move it away to start afresh", e);
      }
    }
    return s;
  }

  public synchronized Validators validators(String url) {
    return validators.getOrDefault(url, Validators.NONE);
  }

  public synchronized void validators(String url, Validators v) {
    if (v.isEmpty()) {
      validators.remove(url);
    } else {
      validators.put(url, v);
    }
  }

  public synchronized boolean isDone(String url) {
    return done.containsKey(url);
  }

  public synchronized void done(String url, Instant when) {
    done.put(url, when);
  }

  public synchronized Optional<SourceStatus> status(String source) {
    return Optional.ofNullable(sources.get(source));
  }

  public synchronized void status(String source, SourceStatus status) {
    sources.put(source, status);
  }

  public synchronized void failed(Failure f) {
    failures.addLast(f);
    while (failures.size() > MAX_FAILURES) {
      failures.removeFirst();
    }
  }

  public synchronized List<Failure> failures() {
    return new ArrayList<>(failures);
  }

  public synchronized void save() throws IOException {
    JsonFiles.write(file, new Saved(validators, done, sources, new ArrayList<>(failures)));
  }
}
