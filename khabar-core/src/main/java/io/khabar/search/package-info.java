/**
 * Step 5, search: the request ({@link io.khabar.search.SearchQuery}), the engine role a store plays
 * ({@link io.khabar.search.SearchEngine}: it executes one reading of the words) and the one
 * {@link io.khabar.search.SearchPolicy} (all words, else any word) written once for every engine.
 */
package io.khabar.search;
