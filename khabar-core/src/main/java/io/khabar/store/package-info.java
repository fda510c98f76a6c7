/**
 * Where articles live: the store contract split by role ({@link io.khabar.store.ArticleStorage},
 * {@link io.khabar.search.SearchEngine}, {@link io.khabar.store.TermStatistics},
 * {@link io.khabar.store.GroupingSupport}), joined in {@link io.khabar.store.ArticleStore}. Implementations:
 * {@code store.lucene} (embedded, the default) and {@code io.khabar.solr}. A new store implements
 * {@code ArticleStore} and passes {@code ArticleStoreContract} (core's test-jar).
 */
package io.khabar.store;
