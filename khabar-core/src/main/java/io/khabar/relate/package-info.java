/**
 * Step 5, relate: "read also" and the diversified similar articles of an article
 * ({@link io.khabar.relate.RelatedFinder}): candidates from the store, tf-idf cosine, list rules (no copy, no
 * article of its own story, one per story).
 */
package io.khabar.relate;
