package io.khabar.solr;

import io.khabar.model.Article;
import io.khabar.search.SearchQuery;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Run by {@link NoJettyIT} in a class loader that has no Jetty at all, as in khabar-app: stores,
 * finds and searches an article on the cluster.
 */
public final class NoJettyProbe {
  private NoJettyProbe() {}

  /** @return what it read back, for the test to check */
  public static String run(List<String> urls, String zkHost, String collection) throws Exception {
    try (SolrStore store = SolrStore.open(new SolrTarget(urls, zkHost, collection))) {
      store.put(new Article("probe-1", "https://example.org/p1", "probe", "زلزال في تركيا",
          "ضرب زلزال ولاية أضنة جنوبي تركيا.", OffsetDateTime.parse("2024-03-10T08:00:00+03:00"), "", ""));
      store.commit();
      return store.get("probe-1").orElseThrow().title() + "|" + store.search(SearchQuery.of("زلزال")).total()
          + "|" + store.getClass().getClassLoader().getClass().getSimpleName();
    }
  }
}
