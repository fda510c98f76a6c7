/**
 * Quality evaluations beside their baselines, each pinned in docs/figures (related articles, copies,
 * stories, extraction, entities, name variants, topics).
 */
package io.khabar.lab.eval;
