package io.khabar.extract;

import static io.khabar.text.ArabicFolding.MATCHING;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one date (and time, and zone if given) from a short text: ISO-8601 and RFC 1123 as in meta tags,
 * numeric dates (13/03/2020, 2020/3/13, 4/25/2020 12:31:37 PM), written dates in every month-name family
 * ("الجمعة 13 مارس 2020", "02 حزيران/يونيو 2020 16:29", "5 جانفي 2021", "March 13, 2020"), and Hijri dates
 * ("15 ربيع الأول ١٤٤٦ هـ", "1446/03/15 هـ") converted with {@link HijrahDate} (Umm al-Qura). Arabic-Indic
 * digits and ص/م (a.m./p.m.) are understood. When a text gives both a Gregorian and a Hijri date, the
 * Gregorian one wins (it is the exact one; Hijri calendars differ by a day between countries).
 *
 * <p>A text without a zone is read in the parser's default zone; a text without a time is the start of that
 * day. Texts longer than {@link #MAX_LENGTH} are not dates and are not read.
 */
public final class DateParser {
  static final int MAX_LENGTH = 300;
  private static final String NB = "(?<![\\p{L}\\d])";
  private static final String NA = "(?![\\p{L}\\d])";
  /** "2024م" and "1445هـ": the era letter written against the year. */
  private static final String ERA = "(?:م|ه)?";
  private static final String G = MonthNames.alternation(MonthNames.GREGORIAN);
  private static final String H = MonthNames.alternation(MonthNames.HIJRI);

  private static final Pattern ISO = Pattern.compile(NB + "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
      + "(?:[t\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(z|[+-]\\d{2}:?\\d{2})?" + NA);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(NB + "(\\d{1,2})(?:st|nd|rd|th|er)?[\\s,./\\-]*"
      + "(?:من\\s+)?(" + G + ")" + NA + "(?:\\s*[/(\\-–]?\\s*(?:" + G + ")" + NA + "\\s*\\)?)?[\\s,./\\-]*(\\d{4})" + ERA + NA);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(NB + "(" + G + ")" + NA
      + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + NA);
  private static final Pattern NUMERIC = Pattern.compile(NB + "(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{1,4})" + NA
      + "(?!\\s*ه" + NA + ")");
  private static final Pattern HIJRI_WRITTEN = Pattern.compile(NB + "(\\d{1,2})[\\s,./\\-]*(" + H + ")" + NA
      + "[\\s,./\\-]*(\\d{4})" + ERA + NA);
  private static final Pattern HIJRI_NUMERIC = Pattern.compile(NB + "(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{1,4})"
      + "\\s*ه" + NA);
  private static final Pattern TIME = Pattern.compile(NB + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?" + NA);
  private static final Pattern MERIDIEM_AFTER = Pattern.compile("^\\s*(صباحا|مساء|مساءا|ص|م|am|pm|a\\.m\\.|p\\.m\\.)"
      + "(?![\\p{L}])");
  private static final Pattern MERIDIEM_BEFORE = Pattern.compile("(?<![\\p{L}])(صباحا|مساء|مساءا|ص|م|am|pm)"
      + "[\\s\\-–|]*$");
  private static final Pattern ZONE = Pattern.compile("^\\s*(?:(?:صباحا|مساء|مساءا|ص|م|am|pm|a\\.m\\.|p\\.m\\.)"
      + "(?![\\p{L}]))?\\s*(?:(gmt|utc|z)" + NA + ")?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?");
  private static final Pattern GREENWICH = Pattern.compile("غرينتش|جرينتش|غرينيتش|gmt|utc");

  private final ZoneId defaultZone;

  public DateParser(ZoneId defaultZone) {
    this.defaultZone = defaultZone;
  }

  public Optional<OffsetDateTime> parse(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String s = MATCHING.fold(text);
    Found f = iso(s);
    if (f == null) {
      f = written(s);
    }
    if (f == null) {
      f = numeric(s);
    }
    if (f == null) {
      f = hijri(s);
    }
    if (f == null) {
      return Optional.empty();
    }
    LocalTime time = f.time != null ? f.time : time(s, f.start, f.end);
    ZoneOffset zone = f.zone != null ? f.zone : zoneNear(s, time == null ? f.end : timeEnd(s, f.start, f.end));
    LocalDateTime local = LocalDateTime.of(f.date, time == null ? LocalTime.MIDNIGHT : time);
    return Optional.of(zone != null ? local.atOffset(zone) : local.atZone(defaultZone).toOffsetDateTime());
  }

  /** A date found in the folded text, and where. */
  private record Found(LocalDate date, LocalTime time, ZoneOffset zone, int start, int end) {}

  private Found iso(String s) {
    Matcher m = ISO.matcher(s);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d == null) {
        continue;
      }
      LocalTime t = m.group(4) == null ? null : time(m.group(4), m.group(5), m.group(6));
      return new Found(d, t, offset(m.group(7)), m.start(), m.end());
    }
    return null;
  }

  private Found written(String s) {
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      LocalDate d = gregorian(m.group(3), MonthNames.month(MonthNames.GREGORIAN, m.group(2)), m.group(1));
      if (d != null) {
        return new Found(d, null, null, m.start(), m.end());
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      LocalDate d = gregorian(m.group(3), MonthNames.month(MonthNames.GREGORIAN, m.group(1)), m.group(2));
      if (d != null) {
        return new Found(d, null, null, m.start(), m.end());
      }
    }
    return null;
  }

  /** A time with a Latin a.m./p.m. right after a date: the en-US form ("6/2/2020 2:05:47 PM", .NET's default). */
  private static final Pattern US_TIME = Pattern.compile("^\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?i:am|pm)(?![\\p{L}])");

  /**
   * 2020/3/13, 13/03/2020, 4/25/2020: day first unless that cannot be (Arab pages write day first), or the date is
   * written the en-US way, with slashes and a Latin AM/PM time ("6/2/2020 2:05:47 PM" is June 2nd).
   */
  private Found numeric(String s) {
    Matcher m = NUMERIC.matcher(s);
    while (m.find()) {
      String a = m.group(1);
      String b = m.group(3);
      String c = m.group(4);
      LocalDate d = null;
      if (a.length() == 4 && c.length() <= 2) {
        d = gregorian(a, Integer.parseInt(b), c);
      } else if (c.length() == 4 && a.length() <= 2) {
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        boolean us = m.group(2).equals("/") && US_TIME.matcher(s.substring(m.end())).find();
        d = x <= 12 && (y > 12 || us) ? gregorian(c, x, b) : gregorian(c, y, a);
      }
      if (d != null) {
        return new Found(d, null, null, m.start(), m.end());
      }
    }
    return null;
  }

  private Found hijri(String s) {
    Matcher m = HIJRI_WRITTEN.matcher(s);
    while (m.find()) {
      LocalDate d = hijri(m.group(3), MonthNames.month(MonthNames.HIJRI, m.group(2)), m.group(1));
      if (d != null) {
        return new Found(d, null, null, m.start(), m.end());
      }
    }
    m = HIJRI_NUMERIC.matcher(s);
    while (m.find()) {
      boolean yearFirst = m.group(1).length() == 4;
      String y = yearFirst ? m.group(1) : m.group(4);
      String day = yearFirst ? m.group(4) : m.group(1);
      LocalDate d = hijri(y, Integer.parseInt(m.group(3)), day);
      if (d != null) {
        return new Found(d, null, null, m.start(), m.end());
      }
    }
    return null;
  }

  private static LocalDate gregorian(String year, int month, String day) {
    int y = Integer.parseInt(year);
    return y < 1900 || y > 2199 ? null : date(y, month, Integer.parseInt(day));
  }

  private static LocalDate date(String y, String m, String d) {
    return gregorian(y, Integer.parseInt(m), d);
  }

  private static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate hijri(String year, int month, String day) {
    try {
      return LocalDate.from(HijrahDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return null; // out of the Umm al-Qura table's range, or no such day
    }
  }

  /** The first time of day outside the date itself, with ص/م or am/pm right after or right before it. */
  private static LocalTime time(String s, int dateStart, int dateEnd) {
    Matcher m = TIME.matcher(s);
    while (m.find()) {
      if (m.start() < dateEnd && m.end() > dateStart) {
        continue;
      }
      LocalTime t = time(m.group(1), m.group(2), m.group(3));
      if (t == null) {
        continue;
      }
      Matcher after = MERIDIEM_AFTER.matcher(s.substring(m.end()));
      String mer = after.find() ? after.group(1) : null;
      if (mer == null) {
        Matcher before = MERIDIEM_BEFORE.matcher(s.substring(Math.max(0, m.start() - 12), m.start()));
        mer = before.find() ? before.group(1) : null;
      }
      return meridiem(t, mer);
    }
    return null;
  }

  private static int timeEnd(String s, int dateStart, int dateEnd) {
    Matcher m = TIME.matcher(s);
    while (m.find()) {
      if (m.start() >= dateEnd || m.end() <= dateStart) {
        return m.end();
      }
    }
    return dateEnd;
  }

  private static LocalTime meridiem(LocalTime t, String mer) {
    if (mer == null || t.getHour() > 12) {
      return t;
    }
    boolean pm = mer.equals("م") || mer.startsWith("مساء") || mer.startsWith("p");
    if (pm && t.getHour() < 12) {
      return t.plusHours(12);
    }
    if (!pm && t.getHour() == 12) {
      return t.minusHours(12);
    }
    return t;
  }

  private static LocalTime time(String h, String m, String sec) {
    try {
      return LocalTime.of(Integer.parseInt(h), Integer.parseInt(m), sec == null ? 0 : Integer.parseInt(sec));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "+03:00", "GMT+3", "UTC" right after the time, or a mention of Greenwich time anywhere. */
  private static ZoneOffset zoneNear(String s, int from) {
    Matcher m = ZONE.matcher(s.substring(Math.min(from, s.length())));
    if (m.find() && m.group(2) != null && (m.group(1) != null || m.group(2).length() >= 5)) {
      return offset(m.group(2));
    }
    if (m.group(1) != null || GREENWICH.matcher(s).find()) {
      return ZoneOffset.UTC;
    }
    return null;
  }

  private static ZoneOffset offset(String z) {
    if (z == null) {
      return null;
    }
    if (z.equals("z")) {
      return ZoneOffset.UTC;
    }
    String digits = z.substring(1).replace(":", "");
    try {
      int h = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
      int min = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
      int sign = z.charAt(0) == '-' ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
