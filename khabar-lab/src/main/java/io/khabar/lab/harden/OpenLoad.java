package io.khabar.lab.harden;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator: request i is due at {@code start + i / rate}, whatever happened to
 * the ones before, and its latency is counted from that due time, not from when it was actually
 * sent. A server that stalls therefore shows the whole stall in the percentiles, instead of the
 * client politely waiting (coordinated omission, as wrk without wrk2's -R suffers). Loopback only.
 */
public final class OpenLoad {
  /** Requests in flight beyond this are not sent and count as errors: the client stays bounded. */
  private static final int MAX_IN_FLIGHT = 4000;

  /** What one run measured. Latencies in milliseconds. */
  public record Result(String name, int rate, double seconds, long sent, long ok, long errors, double throughput,
                       double p50, double p99, double p999, double max, String firstError, String slowSeconds) {}

  private final HttpClient http;
  private final ExecutorService pool;

  public OpenLoad() {
    this.pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "load-client");
      t.setDaemon(true);
      return t;
    });
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Sends {@code rate} requests a second for {@code seconds}, cycling through {@code urls}. */
  public Result run(String name, List<URI> urls, int rate, double seconds) throws InterruptedException {
    if (!urls.stream().allMatch(u -> u.getHost().equals("127.0.0.1") || u.getHost().equals("localhost"))) {
      throw new IllegalArgumentException("load is only ever sent to this machine (127.0.0.1)");
    }
    int total = (int) Math.round(rate * seconds);
    long[] latencies = new long[total];
    Arrays.fill(latencies, -1);
    AtomicLong errors = new AtomicLong();
    java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
    AtomicInteger inFlight = new AtomicInteger();
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime() + 10_000_000L;
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      if (inFlight.get() >= MAX_IN_FLIGHT) {
        errors.incrementAndGet();
        continue;
      }
      final int n = i;
      inFlight.incrementAndGet();
      HttpRequest req = HttpRequest.newBuilder(urls.get(i % urls.size())).timeout(Duration.ofSeconds(10)).GET().build();
      http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
        if (err != null || resp.statusCode() != 200) {
          errors.incrementAndGet();
          firstError.compareAndSet(null, err != null ? err.toString() : "HTTP " + resp.statusCode() + " " + req.uri());
        } else {
          latencies[n] = System.nanoTime() - due;
        }
        inFlight.decrementAndGet(); // last: the reader waits for zero, then reads the latencies
      });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] ok = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
    long unanswered = total - ok.length - errors.get();
    return new Result(name, rate, seconds, total, ok.length, errors.get() + unanswered, ok.length / elapsed,
        pct(ok, 0.50), pct(ok, 0.99), pct(ok, 0.999), ok.length == 0 ? Double.NaN : ok[ok.length - 1] / 1e6,
        firstError.get(), slowSeconds(latencies, rate));
  }

  /**
   * The seconds of the run (by due time) whose slowest answer took over 100 ms, with that time: a stall
   * shows where it began and how long it lasted, which tells a refresh wave from a pause from a backlog.
   */
  static String slowSeconds(long[] latencies, int rate) {
    StringBuilder b = new StringBuilder();
    for (int from = 0; from < latencies.length; from += rate) {
      long worst = 0;
      for (int i = from; i < Math.min(latencies.length, from + rate); i++) {
        worst = Math.max(worst, latencies[i]);
      }
      if (worst > 100_000_000L) {
        b.append(b.length() == 0 ? "" : ", ").append(from / rate).append(" s: ").append(worst / 1_000_000).append(" ms");
      }
    }
    return b.toString();
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
