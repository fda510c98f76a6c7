/**
 * Trainers and builders of what the product ships: the NER model (ANERcorp), the topic model (ANT), the
 * stemmer's root-waw list; deterministic, so a rebuilt file differs only when its inputs do.
 */
package io.khabar.lab.train;
