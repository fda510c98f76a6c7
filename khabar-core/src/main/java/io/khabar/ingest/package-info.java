/**
 * Step 1, ingest from files: readers for ANT (TREC-like .txt in a .tar.gz or folder), SaudiNewsNet (zipped JSON)
 * and JSONL, and the {@link io.khabar.ingest.Importer} that streams what they read through enrichment, grouping
 * and the store with periodic durable commits. A new file format is a reader here plus a line in
 * {@code ArticleFiles}. Records too large or malformed are refused with their file and line
 * ({@code RecordLimits}, {@code BadRecordException}).
 */
package io.khabar.ingest;
