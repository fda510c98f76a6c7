/**
 * Speed and memory benchmarks beside a baseline measured in the same run (plain Lucene indexing, grouping off).
 */
package io.khabar.lab.bench;
