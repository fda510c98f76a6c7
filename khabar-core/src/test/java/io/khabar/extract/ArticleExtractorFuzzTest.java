package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.khabar.testing.FuzzStats;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;

/** The extractor on any page: it never throws, and every field is a value (never null) but the date. */
class ArticleExtractorFuzzTest {
  private static final FuzzStats STATS = new FuzzStats("html-extractor", ArticleExtractorFuzzTest.class);
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  @FuzzTest(maxDuration = "60s")
  void extract(byte[] bytes) {
    STATS.count();
    String url = "https://news.example/a/1";
    ExtractedPage p = EXTRACTOR.extract(new String(bytes, StandardCharsets.UTF_8), url);
    assertEquals(url, p.url());
    assertNotNull(p.title());
    assertNotNull(p.author());
    assertNotNull(p.originalSource());
    assertNotNull(p.language());
    p.paragraphs().forEach(para -> assertNotNull(para));
  }

  @AfterAll
  static void stats() throws Exception {
    STATS.write();
  }
}
