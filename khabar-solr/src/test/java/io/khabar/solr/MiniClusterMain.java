package io.khabar.solr;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 2-node SolrCloud on loopback for trying Khabar on Solr and for {@code ./khabar bench --only solr}:
 * the same mini cluster the tests start, with Khabar's analyzer on the nodes' classpath. Prints the
 * URLs (also written to {@code target/mini-solrcloud.url} of the checkout) and runs until stopped. See
 * docs/scale-out.md for the Maven command that runs it.
 */
public final class MiniClusterMain {
  private MiniClusterMain() {}

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    TestCluster cluster = TestCluster.start(nodes);
    String urls = String.join(",", cluster.urls());
    Path out = Path.of("target", "mini-solrcloud.url");
    Files.createDirectories(out.getParent());
    Files.writeString(out, urls + "\n");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.close();
      } catch (Exception e) {
        System.err.println("stopping the mini cluster: " + e.getMessage());
      }
    }));
    System.out.println("mini SolrCloud of " + nodes + " nodes: " + urls + " (written to " + out.toAbsolutePath() + ")");
    System.out.flush();
    Thread.currentThread().join();
  }
}
