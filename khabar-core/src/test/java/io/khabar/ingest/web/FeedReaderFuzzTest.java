package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.khabar.testing.FuzzStats;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;

/** The feed reader on any bytes: a list of http(s) items, or a FetchException saying why; nothing else. */
class FeedReaderFuzzTest {
  private static final FuzzStats STATS = new FuzzStats("feed", FeedReaderFuzzTest.class);
  private static final URI FEED = URI.create("https://news.example/rss.xml");

  @FuzzTest(maxDuration = "60s")
  void read(byte[] bytes) {
    STATS.count();
    try {
      for (FeedItem item : new FeedReader().read(bytes, "application/rss+xml", FEED, (link, reason) -> assertNotNull(reason))) {
        String scheme = item.link().getScheme();
        assertTrue("http".equals(scheme) || "https".equals(scheme), item.link().toString());
      }
    } catch (FetchException refused) {
      assertNotNull(refused.getMessage());
    }
  }

  @AfterAll
  static void stats() throws Exception {
    STATS.write();
  }
}
