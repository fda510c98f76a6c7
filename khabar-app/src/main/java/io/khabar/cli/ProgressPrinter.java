package io.khabar.cli;

import io.khabar.ingest.Importer;
import java.io.PrintStream;

/**
 * Import progress: a line redrawn in place on a terminal, a plain line every 5,000 articles
 * otherwise (logs and pipes should not fill with carriage returns).
 */
final class ProgressPrinter implements Importer.Progress {
  private final PrintStream out;
  private final boolean terminal = System.console() != null;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long lastLine = start;

  ProgressPrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void update(long articles, String origin) {
    if (terminal) {
      long now = System.nanoTime();
      if (now - lastDraw > 200_000_000L) {
        lastDraw = now;
        out.print("\r" + bar(articles) + " " + articles + " articles, " + rate(articles) + "/s  ");
        out.flush();
      }
    } else if (articles % 5000 == 0) {
      long now = System.nanoTime();
      long recent = Math.round(5000 / ((now - lastLine) / 1e9));
      lastLine = now;
      out.println("imported " + articles + " articles (" + rate(articles) + "/s overall, " + recent
          + "/s for the last 5000), at " + origin);
    }
  }

  void done(long articles) {
    if (terminal) {
      out.print("\r" + " ".repeat(70) + "\r");
    }
    out.println("read " + articles + " articles in " + String.format("%.1f", seconds()) + " s");
  }

  /** An indeterminate bar: totals are unknown while streaming an archive. */
  private static String bar(long n) {
    int pos = (int) ((n / 500) % 20);
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
