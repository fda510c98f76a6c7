/**
 * Step 4, group copies: MinHash signatures and LSH band keys find candidate copies, exact shingle Jaccard
 * decides ({@link io.khabar.dedup.NearDuplicates}); {@link io.khabar.dedup.DuplicateFinder} decides at import
 * which duplicate group a new article joins.
 */
package io.khabar.dedup;
