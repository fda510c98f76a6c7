package io.khabar.enrich.topic;

import io.khabar.model.Topic;

/**
 * One labelled article for training or testing: its features, its topic, and the category its source
 * gave it ({@code internationalNews}, {@code middleEast}, ...: what the evaluation compares the topic set with).
 */
public record TopicSample(String id, String[] features, Topic topic, String category) {
  public TopicSample(String id, String[] features, Topic topic) {
    this(id, features, topic, topic.key());
  }
}
