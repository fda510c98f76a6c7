package io.khabar.solr;

import java.util.Collection;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;

/** Cluster state from ZooKeeper, through solrj-zookeeper (which brings no Jetty). */
final class ZooKeeperState {
  private ZooKeeperState() {}

  static ClusterStateProvider connect(Collection<String> zkHosts, String chroot) {
    return new org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider(zkHosts, chroot);
  }
}
