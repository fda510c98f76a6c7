/**
 * Named entities: the shipped OpenNLP model trained on ANERcorp with its gazetteers (trained by the lab's
 * {@code train-ner}), clitic stripping, and name keys shared by every spelling of one name (ترامب / ترمب).
 */
package io.khabar.enrich.ner;
