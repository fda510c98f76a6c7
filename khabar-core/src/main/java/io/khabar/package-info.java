/**
 * The two facades: {@link io.khabar.Ingestion} (the writing side: the one place an import chain is assembled,
 * for files, crawls, the demo and the benchmarks) and {@link io.khabar.Khabar} (the reading side: articles,
 * related articles, stories, search, over a store it is given). The CLI and the web site use only these two,
 * the model and the store they open. See docs/architecture.md.
 */
package io.khabar;
