package io.khabar.solr;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpClusterStateProvider;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.common.util.ExecutorUtil;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SolrNamedThreadFactory;

/**
 * A SolrCloud client on the JDK's HTTP client, with no Jetty: SolrJ 9.10's {@code CloudHttp2SolrClient}
 * is built on Jetty 10's client, which cannot live beside the Jetty 12 of Khabar's web server. This
 * keeps everything else of SolrJ's cloud client: cluster state (from Solr nodes over HTTP, or from
 * ZooKeeper), updates routed to shard leaders, failover to another replica when a node is down.
 */
public final class JdkCloudSolrClient extends CloudSolrClient {
  private final Nodes nodes;
  private final LBSolrClient lb;
  private final ClusterStateProvider state;

  private JdkCloudSolrClient(ClusterStateProvider state, Nodes nodes) {
    super(true, true, false);
    this.nodes = nodes;
    this.state = state;
    this.lb = new LoadBalancer(nodes);
  }

  /** Cluster state read from these Solr nodes (any one that answers). */
  public static JdkCloudSolrClient withSolrUrls(List<String> solrUrls) throws Exception {
    Nodes nodes = new Nodes();
    return new JdkCloudSolrClient(new HttpState(solrUrls, nodes), nodes);
  }

  /** Cluster state watched in ZooKeeper ({@code host:port[,host:port…]}, optional chroot such as {@code /solr}). */
  public static JdkCloudSolrClient withZooKeeper(List<String> zkHosts, Optional<String> chroot) {
    ClusterStateProvider zk = ZooKeeperState.connect(zkHosts, chroot.orElse(null));
    return new JdkCloudSolrClient(zk, new Nodes());
  }

  @Override
  protected LBSolrClient getLbClient() {
    return lb;
  }

  @Override
  public ClusterStateProvider getClusterStateProvider() {
    return state;
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      try {
        state.close();
      } finally {
        lb.close();
        nodes.close();
      }
    }
  }

  /** One JDK HTTP client per Solr node, kept for the life of the cloud client. */
  static final class Nodes {
    private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
    /**
     * One unbounded pool for every node's client. HttpJdkSolrClient writes each update body from a
     * pool thread into a pipe; when the request fails before the body is read (node down), that
     * thread stays blocked until the pool is shut down. Its own pool has 4 threads and a queue, so
     * four failed updates would stall every later one: here they only park a thread each, and
     * {@link #close()} interrupts them.
     */
    private final ExecutorService pool = ExecutorUtil.newMDCAwareCachedThreadPool(
        new SolrNamedThreadFactory("khabar-solr-http"));

    HttpJdkSolrClient client(String baseUrl) {
      // HTTP/1.1: the JDK client's h2c upgrade needs a HEAD request before each first POST, and a POST
      // to a node that restarted meanwhile could wait forever on the upgraded connection.
      return clients.computeIfAbsent(baseUrl, url -> new HttpJdkSolrClient.Builder(url)
          .useHttp1_1(true)
          .withExecutor(pool)
          .withConnectionTimeout(5, TimeUnit.SECONDS)
          .withRequestTimeout(30, TimeUnit.SECONDS)
          .build());
    }

    /** A view of a node's client that the caller may close without closing the shared one. */
    SolrClient borrowed(String baseUrl) {
      HttpJdkSolrClient shared = client(baseUrl);
      return new SolrClient() {
        @Override
        public NamedList<Object> request(SolrRequest<?> request, String collection)
            throws SolrServerException, IOException {
          return shared.request(request, collection);
        }

        @Override
        public void close() {}
      };
    }

    void close() throws IOException {
      for (HttpJdkSolrClient c : clients.values()) {
        c.close();
      }
      clients.clear();
      pool.shutdownNow();
    }
  }

  private static final class LoadBalancer extends LBSolrClient {
    private final Nodes nodes;

    LoadBalancer(Nodes nodes) {
      super(List.of());
      this.nodes = nodes;
    }

    @Override
    protected SolrClient getClient(String baseUrl) {
      return nodes.client(baseUrl);
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
      return nodes.client(endpoint.getBaseUrl());
    }
  }

  private static final class HttpState extends BaseHttpClusterStateProvider {
    private final Nodes nodes;

    HttpState(List<String> solrUrls, Nodes nodes) throws Exception {
      this.nodes = nodes;
      initConfiguredNodes(solrUrls);
    }

    @Override
    protected SolrClient getSolrClient(String baseUrl) {
      return nodes.borrowed(baseUrl);
    }
  }
}
