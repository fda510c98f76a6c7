package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.khabar.model.Article;
import io.khabar.testing.FuzzStats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;

/**
 * The SaudiNewsNet reader on any JSON, zipped as SaudiNewsNet ships it (fuzzing the zip format itself
 * would only fuzz java.util.zip). A broken zip is an IOException, which the importer reports per file.
 */
class SaudiNewsNetFuzzTest {
  private static final FuzzStats STATS = new FuzzStats("saudinewsnet", SaudiNewsNetFuzzTest.class);

  @FuzzTest(maxDuration = "60s")
  void read(byte[] json) throws IOException {
    STATS.count();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("2015-07-21.json"));
      out.write(json);
      out.closeEntry();
    }
    new SaudiNewsNetReader().read(new ByteArrayInputStream(zip.toByteArray()), "fuzz.zip", new ArticleSink() {
      @Override
      public void accept(Article a, String origin) {
        assertFalse(a.id().isBlank(), origin);
        assertFalse(a.text().isBlank(), origin);
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
