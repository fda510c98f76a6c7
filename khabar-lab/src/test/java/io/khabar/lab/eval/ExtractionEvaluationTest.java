package io.khabar.lab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExtractionEvaluationTest {
  static final Path FIXTURES = Path.of("../khabar-core/src/test/resources/io/khabar/extract/fixtures");

  @Test
  void tokenF1() {
    assertEquals(1.0, ExtractionScore.tokenF1("", ""));
    assertEquals(0.0, ExtractionScore.tokenF1("أ ب", ""));
    assertEquals(1.0, ExtractionScore.tokenF1("إقرأ أيضاً ١٢", "اقرا ايضا 12"));
    // got 4 words, gold 2, 2 in common: precision 1/2, recall 1, F1 2/3
    assertEquals(2.0 / 3, ExtractionScore.tokenF1("خبر عاجل اقرأ أيضا", "خبر عاجل"), 1e-9);
    // repeated words count as often as they occur on both sides
    assertEquals(2.0 * (2.0 / 3) * 1 / (2.0 / 3 + 1), ExtractionScore.tokenF1("نعم نعم لا", "نعم لا"), 1e-9);
  }

  @Test
  void datesMatchToTheDayAndNoneMatchesOnlyNone() {
    java.time.OffsetDateTime utc = java.time.OffsetDateTime.parse("2020-03-13T10:57Z");
    assertTrue(ExtractionScore.sameDay(java.time.OffsetDateTime.parse("2020-03-13T12:57+02:00"), utc));
    assertTrue(ExtractionScore.sameDay(utc.plusMinutes(1), utc)); // the gold is to the day
    assertTrue(ExtractionScore.sameDay(java.time.OffsetDateTime.parse("2020-03-14T00:30+02:00"), utc.withHour(22))); // same UTC day
    assertFalse(ExtractionScore.sameDay(utc.plusDays(1), utc));
    assertTrue(ExtractionScore.sameDay(null, null));
    assertFalse(ExtractionScore.sameDay(null, utc));
    assertFalse(ExtractionScore.sameDay(utc, null));
  }

  @Test
  void writesBothSetsAndTheSpeedOfBothExtractors() throws IOException {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    // 3 timed passes, not the evaluation's 15 after 10 of warm-up: only the report's shape is checked here.
    String md = new ExtractionEvaluation(FIXTURES, FIXTURES, FIXTURES, quiet, 3, 1).run().markdown();
    assertTrue(md.contains("| Readability4J (baseline) |"), md);
    assertTrue(md.contains("| Khabar | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |"), md);
    assertTrue(md.matches("(?s).*Khabar \\d+ pages/s, Readability4J \\d+ pages/s.*"), md);
    assertTrue(md.contains("| saudi-hijri | 1.000 |"), md);
  }
}
