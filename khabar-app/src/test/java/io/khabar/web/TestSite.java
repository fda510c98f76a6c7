package io.khabar.web;

import io.khabar.web.server.WebServer;

import io.javalin.Javalin;
import io.khabar.Khabar;
import io.khabar.enrich.Enricher;
import io.khabar.ingest.Importer;
import io.khabar.relate.RelatedConfig;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real store, imported from the test fixture, served by the real server on a free port. */
final class TestSite implements AutoCloseable {
  static final String FIXTURE = "/web/articles.jsonl";

  private final Khabar khabar;
  private final Javalin app;
  private boolean storeClosed;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestSite(Khabar khabar) {
    this(khabar, SiteOptions.defaults());
  }

  private TestSite(Khabar khabar, SiteOptions options) {
    this.khabar = khabar;
    this.app = WebServer.start(khabar, "127.0.0.1", 0, io.khabar.web.admin.AdminApi.disabled(), options);
  }

  /** A site over the given JSONL lines, enriched by {@code enricher}, served with {@code options}. */
  static TestSite withJsonl(Path dir, String jsonl, Enricher enricher, SiteOptions options) throws IOException {
    Path file = Files.writeString(dir.resolve("custom.jsonl"), jsonl, StandardCharsets.UTF_8);
    try (LuceneStore store = LuceneStore.open(LuceneStore.folderIn(dir))) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store), enricher, 10_000, Importer.Progress.NONE, m -> {})
          .run(List.of(file));
    }
    return new TestSite(new Khabar(LuceneStore.openReadOnly(LuceneStore.folderIn(dir))), options);
  }

  static TestSite withFixture(Path dir) throws IOException {
    return withFixture(dir, Enricher.NONE);
  }

  /** The fixture imported with this enrichment (entities, topics). */
  static TestSite withFixture(Path dir, Enricher enricher) throws IOException {
    return withFixture(dir, enricher, SiteOptions.defaults());
  }

  /** The fixture imported with this enrichment, served with these options (zone, clock, data folder). */
  static TestSite withFixture(Path dir, Enricher enricher, SiteOptions options) throws IOException {
    Path jsonl = fixture(dir);
    // Grouped as `./khabar import` groups: duplicate groups and stories.
    try (LuceneStore store = LuceneStore.open(LuceneStore.folderIn(dir))) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store), enricher, 10_000, Importer.Progress.NONE, m -> {})
          .run(List.of(jsonl));
    }
    // Served read-only, as `serve` and `demo` do.
    return new TestSite(new Khabar(LuceneStore.openReadOnly(LuceneStore.folderIn(dir))), options);
  }

  /** A site over the given JSONL lines, imported and grouped as {@code withFixture} does. */
  static TestSite withJsonl(Path dir, String jsonl) throws IOException {
    Path file = Files.writeString(dir.resolve("custom.jsonl"), jsonl, StandardCharsets.UTF_8);
    try (LuceneStore store = LuceneStore.open(LuceneStore.folderIn(dir))) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(file));
    }
    return new TestSite(new Khabar(LuceneStore.openReadOnly(LuceneStore.folderIn(dir))));
  }

  /** Sends a request as is (no client-side normalisation of the path), with extra headers. */
  HttpResponse<String> raw(String method, String pathAndQuery, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Javalin app() {
    return app;
  }

  int port() {
    return app.port();
  }

  private static Path fixture(Path dir) throws IOException {
    Path jsonl = dir.resolve("articles.jsonl");
    try (InputStream in = TestSite.class.getResourceAsStream(FIXTURE)) {
      Files.copy(in, jsonl);
    }
    return jsonl;
  }

  static TestSite empty(Path dir) throws IOException {
    return new TestSite(new Khabar(LuceneStore.open(dir.resolve("index")), RelatedConfig.defaults()));
  }

  HttpResponse<String> get(String pathAndQuery) {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
        .timeout(Duration.ofSeconds(20)).GET().build();
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Closes the store under the running server, so that every read fails unexpectedly. */
  void breakStore() throws IOException {
    khabar.close();
    storeClosed = true;
  }

  @Override
  public void close() throws IOException {
    app.stop();
    if (!storeClosed) {
      khabar.close();
    }
  }
}
