package io.khabar.cli;

import io.khabar.ingest.Importer;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Import progress by time, from the start: a line redrawn in place on a terminal (every 200 ms), a plain
 * line every 5 seconds otherwise (logs and pipes should not fill with carriage returns). A timer prints,
 * not the articles: a slow start (a big archive's first entry, a long line) still shows it is alive.
 */
final class ProgressPrinter implements Importer.Progress, AutoCloseable {
  static final long LINE_EVERY_MS = 5000;

  private final PrintStream out;
  private final boolean terminal = System.console() != null;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "khabar-progress");
    t.setDaemon(true);
    return t;
  });
  private volatile long articles;
  private volatile long sorting; // articles read into a run being sorted by date, none of it stored yet
  private volatile String origin = "";
  private long lastCount;
  private long lastTick = start;

  ProgressPrinter(PrintStream out) {
    this.out = out;
    long every = terminal ? 200 : LINE_EVERY_MS;
    timer.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void update(long articles, String origin) {
    this.articles = articles;
    this.sorting = 0;
    this.origin = origin;
  }

  @Override
  public void sorting(long articles, String origin) {
    this.sorting = articles;
    this.origin = origin;
  }

  private synchronized void tick() {
    long n = articles;
    long now = System.nanoTime();
    long waiting = sorting;
    String where = origin.isEmpty() ? "" : ", at " + origin;
    if (waiting > 0) { // reading a run to sort by date: nothing is stored until it is read
      lastTick = now; // the next rate counts storing only
      lastCount = n;
      out.print((terminal ? "\r" + bar(now) + " " : "") + "sorting by date: " + waiting + " articles read in "
          + Math.round(seconds()) + " s" + (terminal ? "  " : where + "\n"));
    } else if (terminal) {
      out.print("\r" + bar(now) + " " + n + " articles, " + rate(n) + "/s  ");
    } else {
      long recent = Math.round((n - lastCount) / Math.max(1e-9, (now - lastTick) / 1e9));
      lastCount = n;
      lastTick = now;
      out.println("read " + n + " articles in " + Math.round(seconds()) + " s (" + rate(n) + "/s overall, " + recent
          + "/s for the last " + Math.round(LINE_EVERY_MS / 1000.0) + " s)" + where);
    }
    out.flush();
  }

  synchronized void done(long articles) {
    timer.shutdownNow();
    if (terminal) {
      out.print("\r" + " ".repeat(70) + "\r");
    }
    out.println("read " + articles + " articles in " + String.format("%.1f", seconds()) + " s");
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** An indeterminate bar moving with time: totals are unknown while streaming an archive. */
  private static String bar(long now) {
    int pos = (int) ((now / 250_000_000L) % 20);
    return "[" + " ".repeat(pos) + "#" + " ".repeat(19 - pos) + "]";
  }

  private long rate(long n) {
    double s = seconds();
    return s <= 0 ? 0 : Math.round(n / s);
  }

  private double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
