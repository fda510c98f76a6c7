package io.khabar.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that recomputes answers a reader is not waiting for (a cached related list, a page older
 * than its freshness), niced below the threads that answer requests. Why one, and why niced: a site's cached
 * answers age together, so their refreshes come in waves (2,000 article pages read in the same minute are
 * stale in the same minute). Run by the pool that answers requests, or by the JDK's common pool at the same
 * priority, a wave took the cores from the requests and the article page's p99 went from ~10 ms to ~150 ms at
 * 1,000 req/s. Here a wave queues and runs on what the requests leave; a reader gets the previous answer
 * meanwhile. Nice {@value #NICE}: below requests, above an import run beside the site (nice 10 by default),
 * whose CPU would otherwise starve refreshes until answers expire and readers wait for them.
 */
public final class Background {
  static final int NICE = 5;

  private static final Executor REFRESHES = start();

  private Background() {}

  /** Where refreshes run; tasks queue without bound (each key is refreshed at most once at a time). */
  public static Executor refreshes() {
    return REFRESHES;
  }

  private static Executor start() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(() -> {
        Nice.lowerThisThread(NICE);
        r.run();
      }, "khabar-refresh");
      t.setDaemon(true);
      return t;
    });
    return pool;
  }
}
