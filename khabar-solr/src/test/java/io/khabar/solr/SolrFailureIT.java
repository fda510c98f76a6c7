package io.khabar.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.relate.RelatedConfig;
import io.khabar.relate.RelatedFinder;
import io.khabar.search.SearchQuery;
import io.khabar.story.StoryFixtures;
import io.khabar.text.KhabarAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What goes wrong on a real cluster: Solr unreachable, a collection missing or made by another
 * Khabar, a node stopped mid-way (reads go on, writes are retried, nothing is lost once it is back),
 * every node down during a commit (the articles are reported and kept, then written).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrFailureIT {
  private static TestCluster cluster;
  private static SolrTarget target;
  private static final Retry PATIENT = new Retry(8, Duration.ofMillis(500));

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = TestCluster.start(2);
    target = cluster.collection("failover", 2, 2);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void unreachableSolrSaysWhatToCheck() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    SolrTarget nowhere = SolrTarget.solr("http://127.0.0.1:" + port + "/solr", "khabar");
    SolrStoreException e = assertThrows(SolrStoreException.class, () -> SolrStore.open(nowhere));
    assertTrue(e.getMessage().startsWith("cannot reach SolrCloud at http://127.0.0.1:" + port + "/solr"), e.getMessage());
    assertTrue(e.getMessage().contains("--solr-url"), e.getMessage());
    assertThrows(SolrStoreException.class, () -> SolrSetup.init(nowhere, 1, 1));
  }

  @Test
  @Order(2)
  void missingCollectionSaysHowToCreateIt() {
    SolrStoreException e = assertThrows(SolrStoreException.class, () -> SolrStore.open(target.withCollection("nope")));
    assertTrue(e.getMessage().contains("has no collection 'nope' (it has: failover)"), e.getMessage());
    assertTrue(e.getMessage().contains("./khabar solr init --solr-url " + String.join(",", target.solrUrls())
        + " --collection nope"), e.getMessage());
  }

  @Test
  @Order(3)
  void collectionOfAnotherSchemaVersionIsRefused() throws Exception {
    Path zip = Files.createTempFile("old-configset", ".zip");
    Files.write(zip, withSchemaName(SolrSetup.configsetZip(), "khabar-0"));
    new ConfigSetAdminRequest.Upload().setConfigSetName("khabar-0").setUploadFile(zip.toFile(), "application/zip")
        .process(cluster.solr.getSolrClient());
    CollectionAdminRequest.createCollection("old", "khabar-0", 1, 1).process(cluster.solr.getSolrClient());
    cluster.solr.waitForActiveCollection("old", 1, 1);
    SolrStoreException e = assertThrows(SolrStoreException.class, () -> SolrStore.open(target.withCollection("old")));
    assertTrue(e.getMessage().contains("has schema 'khabar-0', but this Khabar needs 'khabar-1'"), e.getMessage());
    assertTrue(e.getMessage().contains("solr init"), e.getMessage());
    // init on an existing collection checks it rather than creating anything
    assertThrows(SolrStoreException.class, () -> SolrSetup.init(target.withCollection("old"), 1, 1));
    assertTrue(SolrSetup.init(target, 2, 2).contains("already exists"));
    cluster.deleteCollection("old");
  }

  @Test
  @Order(4)
  void aStoppedNodeStopsNeitherReadsNorWritesAndNothingIsLost() throws Exception {
    List<Article> first = StoryFixtures.fillers(150);
    try (SolrStore store = SolrStore.open(target, PATIENT)) {
      for (Article a : first) {
        store.put(a);
      }
      store.commit();
      JettySolrRunner stopped = cluster.solr.stopJettySolrRunner(1);
      cluster.solr.waitForJettyToStop(stopped);

      // reads: every shard still has a replica on the live node
      assertEquals(150, store.size());
      assertEquals(first.get(42), store.get(first.get(42).id()).orElseThrow());
      assertTrue(store.search(SearchQuery.of(first.get(7).title())).total() > 0);
      assertTrue(new RelatedFinder(store, KhabarAnalyzer.create(), RelatedConfig.defaults())
          .related(first.get(3).id(), 5).isPresent());

      // writes: shard leaders on the stopped node are re-elected meanwhile; the batches are retried
      List<Article> more = moreArticles(150);
      for (Article a : more) {
        store.put(a);
      }
      store.commit();
      assertEquals(300, store.size());

      cluster.solr.startJettySolrRunner(stopped, true);
      cluster.solr.waitForActiveCollection(target.collection(), 120, TimeUnit.SECONDS, 2, 4);
      assertEquals(300, store.size());
      for (Article a : more) {
        assertTrue(store.isUnchanged(a), a.id());
      }
    }
    assertEveryReplicaHolds(300);
  }

  @Test
  @Order(5)
  void articlesOfAFailedBatchAreReportedKeptAndWrittenAtTheNextCommit() throws Exception {
    try (SolrStore store = SolrStore.open(target, new Retry(2, Duration.ofMillis(100)))) {
      long before = store.size();
      List<Article> batch = moreArticles(200).subList(150, 200); // not stored yet
      for (Article a : batch) {
        store.put(a);
      }
      List<JettySolrRunner> nodes = List.copyOf(cluster.solr.getJettySolrRunners());
      for (JettySolrRunner n : nodes) {
        cluster.solr.stopJettySolrRunner(n);
        cluster.solr.waitForJettyToStop(n);
      }
      UnwrittenArticlesException e = assertThrows(UnwrittenArticlesException.class, store::commit);
      List<String> ids = batch.stream().map(Article::id).toList();
      assertEquals(ids, e.ids());
      assertEquals(ids, store.unwritten());
      assertTrue(e.getMessage().startsWith("50 articles not written to Solr after 2 attempts"), e.getMessage());

      for (JettySolrRunner n : nodes) {
        cluster.solr.startJettySolrRunner(n, true);
      }
      cluster.solr.waitForActiveCollection(target.collection(), 180, TimeUnit.SECONDS, 2, 4);
      store.commit();
      assertEquals(List.of(), store.unwritten());
      assertEquals(before + 50, store.size());
      for (Article a : batch) {
        assertEquals(a, store.get(a.id()).orElseThrow());
      }
    }
  }

  /** Each replica, asked alone (no distribution), holds every article of its shard: the returned node caught up. */
  private static void assertEveryReplicaHolds(long total) throws Exception {
    DocCollection coll = cluster.solr.getSolrClient().getClusterState().getCollection(target.collection());
    long sum = 0;
    for (Slice slice : coll.getSlices()) {
      Set<Long> counts = new HashSet<>();
      for (Replica r : slice.getReplicas()) {
        try (HttpJdkSolrClient c = new HttpJdkSolrClient.Builder(r.getBaseUrl()).build()) {
          SolrQuery q = new SolrQuery("*:*").setRows(0);
          q.set("distrib", false);
          counts.add(c.query(r.getCoreName(), q).getResults().getNumFound());
        }
      }
      assertEquals(1, counts.size(), slice.getName() + " replicas disagree: " + counts);
      sum += counts.iterator().next();
    }
    assertEquals(total, sum);
  }

  private static List<Article> moreArticles(int n) {
    return StoryFixtures.fillers(n).stream().map(a -> new Article("more-" + a.id(), a.url() + "/more", a.source(),
        a.title(), a.text() + " " + a.id(), a.published(), a.author(), a.category())).toList();
  }

  private static byte[] withSchemaName(byte[] configset, String name) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(configset));
         ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("schema.xml")) {
          bytes = new String(bytes, StandardCharsets.UTF_8).replace("name=\"khabar-1\"", "name=\"" + name + "\"")
              .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
