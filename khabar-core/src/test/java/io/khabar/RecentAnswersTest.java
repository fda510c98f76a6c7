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

  /** A test's clock: time moves only when the test says. */
  private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();

  /** Waits until the refresh thread has run every task queued so far (it runs them in order). */
  private static void refreshesDone() throws Exception {
    java.util.concurrent.CompletableFuture.runAsync(() -> {}, io.khabar.internal.Background.refreshes())
        .get(30, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Test
  void aStaleAnswerIsServedWhileTheNicedRefreshThreadRecomputesIt() throws Exception {
    java.util.concurrent.CompletableFuture<String> refreshedOn = new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    RecentAnswers<String, String> recent = new RecentAnswers<>(100, Duration.ofMinutes(1), Duration.ofMinutes(5), key -> {
      if (calls.incrementAndGet() > 1) {
        refreshedOn.complete(Thread.currentThread().getName() + " nice "
            + io.khabar.internal.Nice.ofThisThread().orElse(-99));
      }
      return Optional.of("answer " + calls.get());
    }, now::get);
    assertEquals(Optional.of("answer 1"), recent.get("a"));
    now.addAndGet(Duration.ofSeconds(29).toNanos());
    recent.get("a");
    refreshesDone();
    assertEquals(1, calls.get(), "fresh for at least half of its minute");
    now.addAndGet(Duration.ofSeconds(31).toNanos()); // and at most the whole minute
    assertEquals(Optional.of("answer 1"), recent.get("a"), "the reader gets the previous answer, not a wait");
    String where = refreshedOn.get(30, java.util.concurrent.TimeUnit.SECONDS);
    org.junit.jupiter.api.Assertions.assertTrue(where.startsWith("khabar-refresh"), where);
    refreshesDone();
    assertEquals(Optional.of("answer 2"), recent.get("a"), "then the recomputed one");
    int requests = io.khabar.internal.Nice.ofThisThread().orElse(-99);
    if (requests != -99 && requests < 19) {
      org.junit.jupiter.api.Assertions.assertNotEquals("khabar-refresh nice " + requests, where,
          "refreshes run below the readers' priority");
    }
  }

  @Test
  void noAnswerIsServedPastItsMaximumAge() throws Exception {
    RecentAnswers<String, String> recent = new RecentAnswers<>(100, Duration.ofMinutes(1), Duration.ofMinutes(5),
        this::answer, now::get);
    recent.get("a");
    now.addAndGet(Duration.ofMinutes(5).toNanos());
    recent.get("a");
    assertEquals(2, asked.get("a"), "asked again, by the reader, once the answer is too old to serve");
  }

  @Test
  void answersComputedTogetherGoStaleOverHalfTheirFreshness() throws Exception {
    java.util.concurrent.ConcurrentHashMap<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();
    RecentAnswers<String, String> recent = new RecentAnswers<>(1000, Duration.ofSeconds(2), Duration.ofMinutes(5),
        key -> {
          calls.merge(key, 1, Integer::sum);
          return Optional.of(key);
        }, now::get);
    java.util.function.IntSupplier staleNow = () -> {
      for (int i = 0; i < 200; i++) {
        try {
          recent.get("k" + i);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return (int) calls.values().stream().filter(n -> n > 1).count();
    };
    staleNow.getAsInt(); // all computed at once
    now.set(Duration.ofMillis(999).toNanos());
    staleNow.getAsInt();
    refreshesDone();
    assertEquals(0, calls.values().stream().filter(n -> n > 1).count(), "none stale before half the freshness");
    now.set(Duration.ofMillis(1500).toNanos());
    staleNow.getAsInt();
    refreshesDone();
    long refreshed = calls.values().stream().filter(n -> n > 1).count();
    org.junit.jupiter.api.Assertions.assertTrue(refreshed > 40 && refreshed < 160,
        refreshed + " of 200 answers computed together were stale at 3/4 of the freshness: it is not spread");
  }
}
