package io.khabar.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates as an Arabic reader expects them, all on one clock: every time is shown in the site's zone
 * (not in the offset each outlet printed, which made lists look out of order), as a relative time
 * ("منذ 3 ساعات") within the last 24 hours and as an Arabic date otherwise. Hand-made rather than a
 * locale formatter, because JDK locales differ in month names (Levantine vs Egyptian) and digits
 * between versions.
 */
public final class ArabicDates {
  private static final String[] MONTHS = {
      "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
      "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

  private ArabicDates() {}

  /** {@code 15 يوليو 2018، 21:56}, in the given zone. */
  public static String format(OffsetDateTime t, ZoneId zone) {
    ZonedDateTime z = t.atZoneSameInstant(zone);
    return z.getDayOfMonth() + " " + MONTHS[z.getMonthValue() - 1] + " " + z.getYear() + "، "
        + String.format("%02d:%02d", z.getHour(), z.getMinute());
  }

  /** {@code 15 يوليو 2018}: a day, for day counts. */
  public static String day(java.time.LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /**
   * Relative when {@code t} is within the 24 hours before {@code now} ("الآن", "منذ دقيقتين",
   * "منذ 5 ساعات"), else the date in {@code zone}. A time in the future is shown as a date.
   */
  public static String display(OffsetDateTime t, ZoneId zone, Instant now) {
    Duration ago = Duration.between(t.toInstant(), now);
    if (ago.isNegative() || ago.compareTo(Duration.ofHours(24)) >= 0) {
      return format(t, zone);
    }
    long minutes = ago.toMinutes();
    if (minutes < 1) {
      return "الآن";
    }
    if (minutes < 60) {
      return "منذ " + counted(minutes, "دقيقة", "دقيقتين", "دقائق", "دقيقة");
    }
    return "منذ " + counted(ago.toHours(), "ساعة", "ساعتين", "ساعات", "ساعة");
  }

  private static String counted(long n, String one, String two, String few, String many) {
    if (n == 1) {
      return one;
    }
    if (n == 2) {
      return two;
    }
    return n + " " + (n <= 10 ? few : many);
  }

  /** The machine-readable value for {@code <time datetime>}, in the given zone's offset. */
  public static String iso(OffsetDateTime t, ZoneId zone) {
    return t.atZoneSameInstant(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
