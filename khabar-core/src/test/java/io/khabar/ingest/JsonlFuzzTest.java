package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.khabar.model.Article;
import io.khabar.testing.FuzzStats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;

/** The JSONL reader on any bytes: each line becomes an article or a skip with a reason. */
class JsonlFuzzTest {
  private static final FuzzStats STATS = new FuzzStats("jsonl", JsonlFuzzTest.class);

  @FuzzTest(maxDuration = "60s")
  void read(byte[] bytes) throws IOException {
    STATS.count();
    new JsonlReader().read(new ByteArrayInputStream(bytes), "fuzz.jsonl", new ArticleSink() {
      @Override
      public void accept(Article a, String origin) {
        assertFalse(a.id().isBlank(), origin);
        assertFalse(a.text().isBlank(), origin);
        a.contentHash();
      }

      @Override
      public void skip(String origin, String reason) {
        assertNotNull(reason);
      }
    });
  }

  @AfterAll
  static void stats() throws Exception {
    STATS.write();
  }
}
