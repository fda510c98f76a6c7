/**
 * The model, at the bottom of every dependency: an {@link io.khabar.model.Article} and what is known of it
 * (its {@link io.khabar.model.Entity entities}, {@link io.khabar.model.Topic topic}, {@link io.khabar.model.Grouping
 * grouping}), the {@link io.khabar.model.Headline} lists show, and the {@link io.khabar.model.ArticleTerms analyzed
 * terms} similarity works on. Records only; nothing here depends on another package of Khabar.
 */
package io.khabar.model;
