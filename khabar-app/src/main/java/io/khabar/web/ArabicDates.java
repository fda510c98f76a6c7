package io.khabar.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates as an Arabic reader expects them. Hand-made rather than a locale formatter, because JDK
 * locales differ in month names (Levantine vs Egyptian) and digits between versions.
 */
public final class ArabicDates {
  private static final String[] MONTHS = {
      "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
      "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

  private ArabicDates() {}

  /** {@code 15 يوليو 2018، 21:56}, in the article's own offset (the time its outlet printed). */
  public static String format(OffsetDateTime t) {
    return t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getYear() + "، "
        + String.format("%02d:%02d", t.getHour(), t.getMinute());
  }

  /** The machine-readable value for {@code <time datetime>}. */
  public static String iso(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
