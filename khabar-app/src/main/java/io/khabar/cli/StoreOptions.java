package io.khabar.cli;

import io.khabar.Khabar;
import io.khabar.relate.RelatedConfig;
import io.khabar.solr.SolrStore;
import io.khabar.solr.SolrTarget;
import io.khabar.store.ArticleStore;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which store a command works on: the embedded index in {@code --data} (default), or a SolrCloud
 * collection ({@code --backend solr} with {@code --solr-url} or {@code --zk}).
 */
final class StoreOptions {
  enum Backend { lucene, solr }

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "Data folder holding the embedded store (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--backend", paramLabel = "lucene|solr",
      description = "Store engine: lucene (embedded, default) or solr (SolrCloud; implied by --solr-url or --zk).")
  Backend backend;

  @Option(names = "--solr-url", paramLabel = "URL",
      description = "SolrCloud node URL(s), comma-separated, e.g. http://localhost:8983/solr.")
  String solrUrl;

  @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "SolrCloud's ZooKeeper instead of --solr-url.")
  String zk;

  @Option(names = "--collection", paramLabel = "NAME", defaultValue = SolrTarget.DEFAULT_COLLECTION,
      description = "SolrCloud collection (default: ${DEFAULT-VALUE}).")
  String collection;

  boolean solr() {
    Backend b = backend != null ? backend : (solrUrl != null || zk != null ? Backend.solr : Backend.lucene);
    return b == Backend.solr;
  }

  SolrTarget solrTarget() {
    if ((solrUrl == null) == (zk == null)) {
      throw new UsageException("--backend solr needs --solr-url URL or --zk HOST:PORT (one of them)");
    }
    try {
      return solrUrl != null ? SolrTarget.solr(solrUrl, collection) : SolrTarget.zooKeeper(zk, collection);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The store, for writing (import, crawl): created where there is none, refused when damaged. */
  ArticleStore openStore() throws IOException {
    return solr() ? SolrStore.open(solrTarget()) : LuceneStore.open(LuceneStore.folderIn(dir));
  }

  /** An existing store, for writing (restory): never created. */
  ArticleStore openExistingStore() throws IOException {
    return solr() ? SolrStore.open(solrTarget()) : LuceneStore.openExisting(LuceneStore.folderIn(dir));
  }

  /** The reading side (serve, search, similar…); the embedded store is opened read-only. */
  Khabar openKhabar() throws IOException {
    return solr() ? new Khabar(SolrStore.open(solrTarget()), RelatedConfig.defaults()) : new Khabar(LuceneStore.openReadOnly(LuceneStore.folderIn(dir)));
  }

  /** Where the articles are, for messages. */
  String describe() {
    if (!solr()) {
      return "store " + LuceneStore.folderIn(dir);
    }
    SolrTarget t = solrTarget();
    return "collection '" + t.collection() + "' at " + t.where();
  }
}
