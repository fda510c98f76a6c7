package io.khabar.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud in the test JVM: an embedded ZooKeeper and Jetty Solr nodes on loopback ports,
 * started once per test class (a start takes seconds). Khabar's classes are on the nodes' classpath,
 * as the plugin jar is in SOLR_HOME/lib on a real cluster.
 */
final class TestCluster implements AutoCloseable {
  final MiniSolrCloudCluster solr;
  final Path dir;

  private TestCluster(MiniSolrCloudCluster solr, Path dir) {
    this.solr = solr;
    this.dir = dir;
  }

  static TestCluster start(int nodes) throws Exception {
    System.setProperty("jetty.testMode", "true");
    System.setProperty("solr.log.dir", System.getProperty("java.io.tmpdir"));
    Path dir = Files.createTempDirectory("khabar-solrcloud");
    return new TestCluster(new MiniSolrCloudCluster.Builder(nodes, dir).build(), dir);
  }

  /** Every node's URL: the client reads cluster state from whichever answers. */
  List<String> urls() {
    return solr.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
  }

  SolrTarget target(String collection) {
    return new SolrTarget(urls(), null, collection);
  }

  /** Creates a collection the way users do ({@code khabar solr init}) and waits until every replica is active. */
  SolrTarget collection(String name, int shards, int replicas) throws Exception {
    SolrTarget t = target(name);
    SolrSetup.init(t, shards, replicas);
    solr.waitForActiveCollection(name, shards, shards * replicas);
    return t;
  }

  void deleteCollection(String name) throws Exception {
    CollectionAdminRequest.deleteCollection(name).process(solr.getSolrClient());
  }

  JettySolrRunner node(int i) {
    return solr.getJettySolrRunner(i);
  }

  @Override
  public void close() throws Exception {
    try {
      solr.shutdown();
    } finally {
      org.apache.commons.io.file.PathUtils.deleteDirectory(dir);
    }
  }
}
