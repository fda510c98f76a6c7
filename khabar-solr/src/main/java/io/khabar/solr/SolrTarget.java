package io.khabar.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a SolrCloud collection is: Solr node URLs (cluster state read over HTTP) or a ZooKeeper
 * ensemble ({@code host:port[,host:port…][/chroot]}), and the collection's name.
 */
public record SolrTarget(List<String> solrUrls, String zkHost, String collection) {
  public static final String DEFAULT_COLLECTION = "khabar";

  public SolrTarget {
    solrUrls = solrUrls == null ? List.of() : List.copyOf(solrUrls);
    if (solrUrls.isEmpty() == (zkHost == null || zkHost.isBlank())) {
      throw new IllegalArgumentException("give either Solr URLs (--solr-url) or a ZooKeeper address (--zk), not both");
    }
    collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip();
  }

  /** Solr node URLs, e.g. {@code http://host:8983/solr}; several may be given comma-separated. */
  public static SolrTarget solr(String urls, String collection) {
    return new SolrTarget(Arrays.stream(urls.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(SolrTarget::withSolrPath).toList(), null, collection);
  }

  public static SolrTarget zooKeeper(String zk, String collection) {
    return new SolrTarget(List.of(), zk.strip(), collection);
  }

  public SolrTarget withCollection(String name) {
    return new SolrTarget(solrUrls, zkHost, name);
  }

  /** {@code http://host:8983} and {@code http://host:8983/solr} both mean the node's Solr root. */
  private static String withSolrPath(String url) {
    String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    if (!u.startsWith("http://") && !u.startsWith("https://")) {
      throw new IllegalArgumentException("a Solr URL starts with http:// or https://, got '" + url + "'");
    }
    return u.replaceFirst("^(https?://[^/]+)$", "$1/solr");
  }

  /** The client this target needs. */
  public JdkCloudSolrClient connect() throws Exception {
    if (zkHost == null) {
      return JdkCloudSolrClient.withSolrUrls(solrUrls);
    }
    int slash = zkHost.indexOf('/');
    String hosts = slash < 0 ? zkHost : zkHost.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
    return JdkCloudSolrClient.withZooKeeper(Arrays.asList(hosts.split(",")), chroot);
  }

  /** For messages: where this is. */
  public String where() {
    return zkHost == null ? String.join(",", solrUrls) : "ZooKeeper " + zkHost;
  }

  /** The option that points a command here, for messages that tell what to run. */
  public String option() {
    return zkHost == null ? "--solr-url " + String.join(",", solrUrls) : "--zk " + zkHost;
  }
}
