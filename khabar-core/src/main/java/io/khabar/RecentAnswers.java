package io.khabar;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Answers computed lately, by key. A related list or a story's coverage takes a few milliseconds of
 * queries, and a news page is read by many people: recomputed on every view, the article page tops out
 * near 100 requests/s on 2 cores. An answer older than {@code refreshAfter} is still served while it is
 * recomputed in the background (so no reader waits on a wave of expiries); none older than
 * {@code maxAge} is ever served. Only found answers are kept, so requests for unknown ids cannot fill
 * the cache.
 */
public final class RecentAnswers<K, V> {
  public interface Source<K, V> {
    Optional<V> answer(K key) throws IOException;
  }

  private final LoadingCache<K, V> cache;

  public RecentAnswers(long maxEntries, Duration refreshAfter, Duration maxAge, Source<K, V> source) {
    // A null answer (unknown key) is not kept.
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).refreshAfterWrite(refreshAfter)
        .expireAfterWrite(maxAge).build(key -> source.answer(key).orElse(null));
  }

  public Optional<V> get(K key) throws IOException {
    try {
      return Optional.ofNullable(cache.get(key));
    } catch (CompletionException | UncheckedIOException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }
}
