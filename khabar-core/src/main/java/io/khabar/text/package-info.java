/**
 * Step 3, understand the text: Khabar's one Arabic folding ({@link io.khabar.text.ArabicFolding}, small named
 * {@link io.khabar.text.FoldingRule rules} and three presets: search, matching, names) and its one analysis chain
 * ({@link io.khabar.text.KhabarAnalyzer}: tokenize, fold, stopwords, a light stemmer that keeps root waws and
 * names), used by indexing, querying, similarity, extraction and NER alike; text fingerprints for copies.
 */
package io.khabar.text;
