package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.khabar.testing.FuzzStats;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.AfterAll;

/** Dates.parseIso on any string: a date that prints back to itself, or a DateTimeParseException. */
class DatesFuzzTest {
  private static final FuzzStats STATS = new FuzzStats("dates", DatesFuzzTest.class);

  @FuzzTest(maxDuration = "60s")
  void parse(String s) {
    STATS.count();
    try {
      OffsetDateTime d = Dates.parseIso(s);
      if (d != null) {
        assertEquals(d, OffsetDateTime.parse(d.toString()), "what is stored reads back the same");
      }
    } catch (DateTimeParseException e) {
      // the documented refusal: the JSONL reader reports the record
    }
  }

  @AfterAll
  static void stats() throws Exception {
    STATS.write();
  }
}
