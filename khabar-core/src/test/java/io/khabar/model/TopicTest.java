package io.khabar.model;

import io.khabar.model.Topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicTest {
  @Test
  void antCategoriesMapOntoTopics() {
    assertEquals(Optional.of(Topic.POLITICS), Topic.fromCategory("internationalNews"));
    assertEquals(Optional.of(Topic.POLITICS), Topic.fromCategory("middleEast"));
    assertEquals(Optional.of(Topic.ECONOMY), Topic.fromCategory("economy"));
    assertEquals(Optional.of(Topic.SPORT), Topic.fromCategory("sport"));
    assertEquals(Optional.of(Topic.TECHNOLOGY), Topic.fromCategory("technology"));
    assertEquals(Optional.of(Topic.CULTURE), Topic.fromCategory("culture"));
  }

  @Test
  void commonJsonlCategoriesMapToo() {
    assertEquals(Optional.of(Topic.SPORT), Topic.fromCategory(" Sports "));
    assertEquals(Optional.of(Topic.ECONOMY), Topic.fromCategory("اقتصاد"));
    assertEquals(Optional.empty(), Topic.fromCategory("صحة"));
    assertEquals(Optional.empty(), Topic.fromCategory(""));
    assertEquals(Optional.empty(), Topic.fromCategory(null));
  }

  @Test
  void keysRoundTrip() {
    for (Topic t : Topic.values()) {
      assertEquals(Optional.of(t), Topic.fromKey(t.key()));
    }
    assertEquals(Optional.empty(), Topic.fromKey("health"));
  }
}
