package io.khabar.ingest;

import java.util.function.Consumer;

/**
 * How imports are made over one store: the store, grouping and enrichment are fixed by whoever assembles the
 * chain ({@code io.khabar.Ingestion}); batch size, progress and skip reporting are chosen per run (a crawl
 * commits every 20 articles, a file import every 100,000 and every 30 s from the CLI).
 */
@FunctionalInterface
public interface ImportChain {
  Importer importer(int commitEvery, Importer.Progress progress, Consumer<String> onSkip);
}
