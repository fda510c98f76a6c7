package io.khabar.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store works with no Jetty on the classpath, as in khabar-app (whose Javalin runs Jetty 12 and
 * which excludes SolrJ's Jetty 10): the test's classpath minus every Jetty jar, in a class loader of
 * its own, talks to the cluster.
 */
class NoJettyIT {
  private static TestCluster cluster;
  private static SolrTarget target;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = TestCluster.start(1);
    target = cluster.collection("nojetty", 1, 1);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void storeWorksWithoutAnyJettyClass() throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.contains("jetty")) {
        dropped.add(entry);
      } else if (!entry.isBlank()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    assertFalse(dropped.isEmpty(), "the test classpath has Jetty (the mini cluster's): " + classpath);
    try (URLClassLoader noJetty = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> noJetty.loadClass("org.eclipse.jetty.client.HttpClient"));
      Class<?> probe = noJetty.loadClass(NoJettyProbe.class.getName());
      var run = probe.getMethod("run", List.class, String.class, String.class);
      Object viaSolr = run.invoke(null, target.solrUrls(), null, target.collection());
      assertEquals("زلزال في تركيا|1|URLClassLoader", viaSolr, "dropped: " + Arrays.toString(dropped.toArray()));
      // cluster state from ZooKeeper (solrj-zookeeper) needs no Jetty either
      Object viaZk = run.invoke(null, List.of(), cluster.solr.getZkServer().getZkAddress(), target.collection());
      assertEquals("زلزال في تركيا|1|URLClassLoader", viaZk);
    }
  }
}
