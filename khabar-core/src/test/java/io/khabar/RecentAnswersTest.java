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

  @Test
  void aStaleAnswerIsServedWhileTheNicedRefreshThreadRecomputesIt() throws Exception {
    java.util.concurrent.CompletableFuture<String> refreshedOn = new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    RecentAnswers<String, String> recent = new RecentAnswers<>(100, Duration.ofMillis(1), Duration.ofMinutes(5), key -> {
      if (calls.incrementAndGet() > 1) {
        refreshedOn.complete(Thread.currentThread().getName() + " nice "
            + io.khabar.internal.Nice.ofThisThread().orElse(-99));
      }
      return Optional.of("answer " + calls.get());
    });
    assertEquals(Optional.of("answer 1"), recent.get("a"));
    Thread.sleep(20);
    assertEquals(Optional.of("answer 1"), recent.get("a"), "the reader gets the previous answer, not a wait");
    String where = refreshedOn.get(10, java.util.concurrent.TimeUnit.SECONDS);
    org.junit.jupiter.api.Assertions.assertTrue(where.startsWith("khabar-refresh"), where);
    int requests = io.khabar.internal.Nice.ofThisThread().orElse(-99);
    if (requests != -99 && requests < 19) {
      org.junit.jupiter.api.Assertions.assertNotEquals("khabar-refresh nice " + requests, where,
          "refreshes run below the readers' priority");
    }
  }

  @Test
  void answersComputedTogetherDoNotAllGoStaleTogether() throws Exception {
    java.util.concurrent.ConcurrentHashMap<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();
    RecentAnswers<String, String> recent = new RecentAnswers<>(1000, Duration.ofMillis(2000), Duration.ofMinutes(5),
        key -> {
          calls.merge(key, 1, Integer::sum);
          return Optional.of(key);
        });
    for (int i = 0; i < 200; i++) {
      recent.get("k" + i);
    }
    Thread.sleep(1500); // between half (1 s) and all (2 s) of the freshness
    for (int i = 0; i < 200; i++) {
      recent.get("k" + i);
    }
    Thread.sleep(500); // the refresh thread works off what was found stale
    long refreshed = calls.values().stream().filter(n -> n > 1).count();
    org.junit.jupiter.api.Assertions.assertTrue(refreshed > 20 && refreshed < 180,
        refreshed + " of 200 answers computed together were stale at once: freshness is not spread");
  }
}
