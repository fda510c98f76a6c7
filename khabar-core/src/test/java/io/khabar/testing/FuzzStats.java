package io.khabar.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts a fuzz target's executions; when Jazzer really fuzzes (JAZZER_FUZZ set), writes them with the
 * duration and the test class to {@code target/fuzz-stats/NAME.txt}, which {@code ./khabar bench --only
 * fuzz} turns into the {@code fuzz} section of docs/benchmarks.md.
 */
public final class FuzzStats {
  private final String name;
  private final Class<?> test;
  private final AtomicLong executions = new AtomicLong();
  private volatile long firstNanos;

  /** {@code name} labels the target in the figures; {@code test} is the class holding its {@code @FuzzTest}. */
  public FuzzStats(String name, Class<?> test) {
    this.name = name;
    this.test = test;
  }

  public void count() {
    if (executions.getAndIncrement() == 0) {
      firstNanos = System.nanoTime();
    }
  }

  public static boolean fuzzing() {
    String v = System.getenv("JAZZER_FUZZ");
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
  }

  /** Call from {@code @AfterAll}. */
  public void write() throws IOException {
    if (!fuzzing() || executions.get() == 0) {
      return;
    }
    Path dir = Path.of("target", "fuzz-stats");
    Files.createDirectories(dir);
    double seconds = (System.nanoTime() - firstNanos) / 1e9;
    Files.writeString(dir.resolve(name + ".txt"),
        String.format("target=%s%ntest=%s%nexecutions=%d%nseconds=%.1f%n", name, test.getName(), executions.get(), seconds));
  }
}
