package io.khabar.store;

import io.khabar.search.SearchEngine;
import java.io.Closeable;

/**
 * A store with all four roles: the embedded Lucene index ({@code store.lucene}, the default) and SolrCloud
 * ({@code io.khabar.solr}). Components ask for the role they use ({@link ArticleStorage},
 * {@link SearchEngine}, {@link TermStatistics}, {@link GroupingSupport}); one contract suite
 * ({@code ArticleStoreContract}) holds both implementations to the same behaviour.
 */
public interface ArticleStore extends ArticleStorage, SearchEngine, TermStatistics, GroupingSupport, Closeable {
}
