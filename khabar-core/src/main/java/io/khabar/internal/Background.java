package io.khabar.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that recomputes answers a reader is not waiting for (a cached related list, a page older
 * than its freshness), niced below the threads that answer requests. Why one, and why niced: cached answers
 * made together go stale together (2,000 article pages first viewed in the same minute), and their refreshes,
 * run at request priority by Caffeine's default pool, compete with the requests for 2 cores. Here they queue
 * and run on what the requests leave; a reader gets the previous answer meanwhile. Nice {@value #NICE}: below
 * requests, above an import run beside the site at nice 10 ({@code import --no-idle}), which would otherwise
 * starve refreshes until answers expire and readers wait for them (an import as idle work yields to both).
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
