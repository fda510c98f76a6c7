/**
 * Step 3, understand the article: {@link io.khabar.enrich.Enricher} adds named entities (an
 * {@link io.khabar.enrich.ner.EntityFinder}, by default the shipped model in {@code enrich.ner}) and a topic
 * ({@code enrich.topic}) to each new or changed article before it is grouped and stored.
 */
package io.khabar.enrich;

import io.khabar.enrich.ner.EntityFinder;
