package io.khabar.ingest.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: one request at a time per host, and a pause (the crawl delay) between the end of one
 * request and the start of the next to the same host.
 */
final class HostThrottle {
  interface Call<T> {
    T run() throws java.io.IOException, InterruptedException;
  }

  private static final class Host {
    final ReentrantLock lock = new ReentrantLock(true);
    Instant nextAllowed = Instant.MIN;
  }

  private final Map<String, Host> hosts = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Sleeper sleeper;

  HostThrottle(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  <T> T call(String host, Duration delay, Call<T> call) throws java.io.IOException, InterruptedException {
    Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host());
    h.lock.lockInterruptibly();
    try {
      Instant now = clock.instant();
      if (now.isBefore(h.nextAllowed)) {
        sleeper.sleep(Duration.between(now, h.nextAllowed));
      }
      try {
        return call.run();
      } finally {
        h.nextAllowed = clock.instant().plus(delay);
      }
    } finally {
      h.lock.unlock();
    }
  }
}
