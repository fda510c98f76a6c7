package io.khabar.enrich.topic;

/** One labelled article for training or testing: its features and its topic. */
public record TopicSample(String id, String[] features, Topic topic) {}
