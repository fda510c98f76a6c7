package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {
  private final Map<String, Integer> asked = new HashMap<>();

  private Optional<String> answer(String key) {
    asked.merge(key, 1, Integer::sum);
    return key.startsWith("unknown") ? Optional.empty() : Optional.of("answer to " + key);
  }

  @Test
  void aRecentAnswerIsGivenAgainWithoutAskingTheSource() throws Exception {
    RecentAnswers<String, String> recent = new RecentAnswers<>(100, Duration.ofMinutes(1), Duration.ofMinutes(5), this::answer);
    assertEquals(Optional.of("answer to a"), recent.get("a"));
    assertEquals(Optional.of("answer to a"), recent.get("a"));
    assertEquals(1, asked.get("a"));
  }

  @Test
  void unknownKeysAreAskedEveryTimeSoTheyCannotFillTheCache() throws Exception {
    RecentAnswers<String, String> recent = new RecentAnswers<>(100, Duration.ofMinutes(1), Duration.ofMinutes(5), this::answer);
    assertEquals(Optional.empty(), recent.get("unknown-1"));
    assertEquals(Optional.empty(), recent.get("unknown-1"));
    assertEquals(2, asked.get("unknown-1"));
  }

  @Test
  void aFailingSourceSaysWhy() {
    RecentAnswers<String, String> recent = new RecentAnswers<>(100, Duration.ofMinutes(1), Duration.ofMinutes(5),
        key -> {
          throw new java.io.IOException("store closed");
        });
    java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> recent.get("a"));
    assertEquals("store closed", e.getMessage());
  }
}
