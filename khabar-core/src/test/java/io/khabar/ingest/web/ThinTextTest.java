package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-outlet share of pages whose extraction gave no or very short text, as operators see it. */
class ThinTextTest {
  @Test
  void noOrVeryShortTextIsThin() {
    assertTrue(PageArticles.isThin(""));
    assertTrue(PageArticles.isThin(null));
    assertTrue(PageArticles.isThin("خبر قصير جدا"));
    assertFalse(PageArticles.isThin("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين. ".repeat(5)));
  }

  @Test
  void theShareIsOverThePagesExtracted() {
    CrawlState.SourceStatus none = new CrawlState.SourceStatus(Instant.EPOCH, 200, "", 0, 0);
    assertEquals(-1, none.thinShare());
    CrawlState.SourceStatus some = new CrawlState.SourceStatus(Instant.EPOCH, 200, "", 8, 2, 10, 2);
    assertEquals(0.2, some.thinShare(), 1e-9);
  }

  @Test
  void theCrawlSummaryShowsIt() {
    assertTrue(new SourceReport("x", 1, 0, 10, 8, 2, 10, 3).toString().endsWith("no or short text 3/10 pages (30%)"));
    assertEquals("x: 1 feeds (0 unchanged), 0 new items, 0 articles, 0 failures",
        new SourceReport("x", 1, 0, 0, 0, 0).toString());
  }
}
