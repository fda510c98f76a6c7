package io.khabar.cli;

import io.khabar.ingest.web.Source;
import io.khabar.ingest.web.WebIngest;
import io.khabar.web.admin.CrawlAdmin;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The crawler inside {@code serve --crawl}: a pass at start, then every interval, and on demand. */
final class BackgroundCrawl implements CrawlAdmin, AutoCloseable {
  private final WebIngest web;
  private final PrintStream out;
  private final AtomicBoolean running = new AtomicBoolean();
  private final ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "khabar-crawl");
    t.setDaemon(true);
    return t;
  });

  BackgroundCrawl(WebIngest web, PrintStream out) {
    this.web = web;
    this.out = out;
  }

  void start(Duration interval) {
    exec.scheduleWithFixedDelay(this::pass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public Source addSource(Source source) throws IOException {
    return web.addNewSource(source);
  }

  @Override
  public boolean startCrawl() {
    if (running.get()) {
      return false;
    }
    exec.execute(this::pass);
    return true;
  }

  private void pass() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      out.println("crawl pass: " + CrawlCommand.summary(web.crawlOnce()).replace("\n", "\n  "));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // The server goes on serving; the next pass tries again.
      out.println("crawl pass failed: " + Errors.describe(e));
    } finally {
      running.set(false);
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    exec.shutdownNow();
    try {
      exec.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    web.close();
  }
}
