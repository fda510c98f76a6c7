package io.khabar.relate;

import io.khabar.model.ArticleTerms;

/** A candidate with its vector and scores: {@code similarity} is content only, {@code score} adds time. */
record Scored(ArticleTerms terms, TermVector vector, double similarity, double score) {}
