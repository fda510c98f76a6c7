package io.khabar.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples used heap every 20 ms in a daemon thread and keeps the maximum seen. */
public final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;
  private volatile boolean running = true;

  public HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  public long peakBytes() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
