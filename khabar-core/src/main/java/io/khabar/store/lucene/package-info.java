/**
 * The embedded store: one Lucene index per data folder ({@link io.khabar.store.lucene.LuceneStore}); the only
 * package of the product that uses Lucene's index and search classes.
 */
package io.khabar.store.lucene;
