package io.khabar;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.khabar.internal.Background;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Answers computed lately, by key. A related list or a story's coverage takes a few milliseconds of
 * queries, and a news page is read by many people: recomputed on every view, the article page tops out
 * near 100 requests/s on 2 cores. An answer older than {@code refreshAfter} is still served while it is
 * recomputed in the background (so no reader waits on a wave of expiries), on Khabar's one niced
 * refresh thread ({@link Background}: a wave of refreshes never takes the cores from readers); none older
 * than {@code maxAge} is ever served. Only found answers are kept, so requests for unknown ids cannot fill
 * the cache.
 */
public final class RecentAnswers<K, V> {
  public interface Source<K, V> {
    Optional<V> answer(K key) throws IOException;
  }

  private final LoadingCache<K, V> cache;

  public RecentAnswers(long maxEntries, Duration refreshAfter, Duration maxAge, Source<K, V> source) {
    // A null answer (unknown key) is not kept.
    CacheLoader<K, V> loader = new CacheLoader<>() {
      @Override
      public V load(K key) throws IOException {
        return source.answer(key).orElse(null);
      }

      /** Refreshes on the niced thread; Caffeine's own upkeep stays on its pool, never queued behind a wave. */
      @Override
      public CompletableFuture<V> asyncReload(K key, V oldValue, Executor ignored) {
        return CompletableFuture.supplyAsync(() -> {
          try {
            return load(key);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, Background.refreshes());
      }
    };
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).refreshAfterWrite(refreshAfter)
        .expireAfterWrite(maxAge).build(loader);
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
