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
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * Answers computed lately, by key. A related list or a story's coverage takes a few milliseconds of
 * queries, and a news page is read by many people: recomputed on every view, the article page tops out
 * near 100 requests/s on 2 cores. An answer older than its freshness is still served while it is
 * recomputed in the background (so no reader waits on a wave of expiries), on Khabar's one niced
 * refresh thread ({@link Background}: refreshes never take the cores from readers); none older than
 * {@code maxAge} is ever served. Only found answers are kept, so requests for unknown ids cannot fill
 * the cache.
 *
 * <p>Each answer's freshness is drawn between half and all of {@code refreshAfter}. Answers computed
 * together (a site's first minutes, a burst of readers after a big story) would otherwise go stale
 * together, and their refreshes would come as one wave: 2,000 article pages viewed in the same half
 * minute, recomputed in the same half minute one freshness later.
 */
public final class RecentAnswers<K, V> {
  public interface Source<K, V> {
    Optional<V> answer(K key) throws IOException;
  }

  /** An answer and when it is due for recomputing (on the clock). */
  private record Timed<V>(V value, long refreshAt) {}

  private final LoadingCache<K, Timed<V>> cache;
  private final long refreshAfterNanos;
  private final LongSupplier clock;

  public RecentAnswers(long maxEntries, Duration refreshAfter, Duration maxAge, Source<K, V> source) {
    this(maxEntries, refreshAfter, maxAge, source, System::nanoTime);
  }

  /** With a clock in nanoseconds (System.nanoTime, or a test's), for freshness and age alike. */
  RecentAnswers(long maxEntries, Duration refreshAfter, Duration maxAge, Source<K, V> source, LongSupplier clock) {
    this.refreshAfterNanos = refreshAfter.toNanos();
    this.clock = clock;
    // A null answer (unknown key) is not kept.
    CacheLoader<K, Timed<V>> loader = new CacheLoader<>() {
      @Override
      public Timed<V> load(K key) throws IOException {
        return source.answer(key).map(v -> new Timed<>(v, clock.getAsLong() + freshness())).orElse(null);
      }

      /** Refreshes on the niced thread; Caffeine's own upkeep stays on its pool, never queued behind a wave. */
      @Override
      public CompletableFuture<Timed<V>> asyncReload(K key, Timed<V> oldValue, Executor ignored) {
        return CompletableFuture.supplyAsync(() -> {
          try {
            return load(key);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, Background.refreshes());
      }
    };
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(maxAge).ticker(clock::getAsLong)
        .build(loader);
  }

  private long freshness() {
    return refreshAfterNanos / 2 + ThreadLocalRandom.current().nextLong(refreshAfterNanos / 2 + 1);
  }

  public Optional<V> get(K key) throws IOException {
    try {
      Timed<V> found = cache.get(key);
      if (found == null) {
        return Optional.empty();
      }
      if (clock.getAsLong() - found.refreshAt() >= 0) {
        cache.refresh(key); // one refresh per key at a time: Caffeine returns the one in flight
      }
      return Optional.of(found.value());
    } catch (CompletionException | UncheckedIOException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }
}
