package io.khabar.solr;

import io.khabar.store.ArticleStore;
import io.khabar.store.ArticleStoreContract;
import java.io.IOException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real SolrCloud: 2 nodes, a collection of 2 shards × 2 replicas. */
class SolrStoreContractIT extends ArticleStoreContract {
  private static TestCluster cluster;
  private static SolrTarget target;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = TestCluster.start(2);
    target = cluster.collection("contract", 2, 2);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Override
  protected ArticleStore emptyStore() throws IOException {
    try {
      new UpdateRequest().deleteByQuery("*:*").commit(cluster.solr.getSolrClient(), target.collection());
    } catch (Exception e) {
      throw new IOException(e);
    }
    return SolrStore.open(target);
  }
}
