/**
 * Baselines the figures are measured against that are not the product (Lucene MoreLikeThis).
 */
package io.khabar.lab.baseline;
