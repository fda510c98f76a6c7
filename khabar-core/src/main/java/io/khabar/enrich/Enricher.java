package io.khabar.enrich;

import io.khabar.enrich.ner.EntityFinder;

import io.khabar.model.Entity;

import io.khabar.model.Article;
import io.khabar.model.Topic;
import io.khabar.enrich.topic.TopicClassifier;
import java.util.List;
import java.util.Optional;

/**
 * Adds what Khabar derives from an article's words: its named entities and its topic. The topic is
 * the source's own category when that names one of Khabar's topics (ANT's {@code sport} is sport),
 * else the classifier's. Enrichment never fails an import: an entity finder that throws leaves the
 * article without entities.
 */
public final class Enricher {
  /** Adds nothing: imports with {@code --no-enrichment}. */
  public static final Enricher NONE = new Enricher(null, null);

  private final EntityFinder entities; // null: none (NONE)
  private final TopicClassifier topics; // null: none (NONE)

  public Enricher(EntityFinder entities, TopicClassifier topics) {
    this.entities = entities;
    this.topics = topics;
  }

  /**
   * What import uses by default: the shipped topic model and the shipped named-entity model
   * (this is the one place production picks them).
   */
  public static Enricher standard() {
    return new Enricher(io.khabar.enrich.ner.NamedEntityFinder.load(), TopicClassifier.load());
  }

  public Article enrich(Article a) {
    if (entities == null && topics == null) {
      return a;
    }
    return a.withEnrichment(entitiesOf(a), topicOf(a).map(Topic::key).orElse(""));
  }

  private List<Entity> entitiesOf(Article a) {
    if (entities == null) {
      return List.of();
    }
    try {
      return entities.find(a.title(), a.text());
    } catch (RuntimeException e) {
      return List.of(); // a finder's bug must not cost the article; it is stored without entities
    }
  }

  private Optional<Topic> topicOf(Article a) {
    Optional<Topic> given = Topic.fromCategory(a.category());
    if (given.isPresent() || topics == null) {
      return given;
    }
    return topics.classify(a.title(), a.text());
  }
}
