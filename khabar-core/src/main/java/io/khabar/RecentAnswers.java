package io.khabar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Answers computed in the last {@code maxAge}, by key. A related list or a story's coverage takes a few
 * milliseconds of queries, and a news page is read by many people within a minute: without this, the
 * article page tops out near 100 requests/s on 2 cores. The price is that an answer may be up to
 * {@code maxAge} old. Only found answers are kept, so requests for unknown ids cannot fill the cache.
 */
final class RecentAnswers<K, V> {
  interface Source<K, V> {
    Optional<V> answer(K key) throws IOException;
  }

  private final Cache<K, V> cache;
  private final Source<K, V> source;

  RecentAnswers(long maxEntries, Duration maxAge, Source<K, V> source) {
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(maxAge).build();
    this.source = source;
  }

  Optional<V> get(K key) throws IOException {
    V recent = cache.getIfPresent(key);
    if (recent != null) {
      return Optional.of(recent);
    }
    Optional<V> answer = source.answer(key);
    answer.ifPresent(v -> cache.put(key, v));
    return answer;
  }
}
