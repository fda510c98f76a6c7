/**
 * The site's feeds, RSS 2.0 and Atom 1.0 (written with Rome): top stories, each story, topic, entity,
 * outlet and search. Reads through {@code io.khabar.Khabar}, as the pages do.
 */
package io.khabar.web.feeds;
