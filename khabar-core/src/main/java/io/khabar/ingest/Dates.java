package io.khabar.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses the ISO-8601 forms a JSONL producer may write. */
final class Dates {
  private Dates() {}

  /**
   * Accepts {@code 2018-05-01T10:00:00+03:00}, {@code 2018-05-01T10:00:00Z}, a local date-time
   * (taken as UTC) and a date alone (midnight UTC). Returns null for null or blank input.
   *
   * @throws DateTimeParseException for anything else
   */
  static OffsetDateTime parseIso(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
      }
    }
  }
}
