package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.khabar.model.Article;
import io.khabar.testing.FuzzStats;
import java.nio.charset.CharacterCodingException;
import org.junit.jupiter.api.AfterAll;

/** The ANT document parser on any bytes: an article, or a bad-record message; never anything else. */
class AntDocumentFuzzTest {
  private static final FuzzStats STATS = new FuzzStats("ant-document", AntDocumentFuzzTest.class);
  private static final AntDocumentParser PARSER = new AntDocumentParser();

  @FuzzTest(maxDuration = "60s")
  void parse(byte[] bytes) {
    STATS.count();
    String doc;
    try {
      doc = Utf8.decode(bytes);
    } catch (CharacterCodingException e) {
      return; // reported as "not valid UTF-8" by the reader
    }
    try {
      Article a = PARSER.parse(doc);
      assertNotNull(a.id());
      assertFalse(a.text().isBlank(), "an article is never without text");
    } catch (BadRecordException e) {
      assertNotNull(e.getMessage());
    }
  }

  @AfterAll
  static void stats() throws Exception {
    STATS.write();
  }
}
