package io.khabar.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything published about one entity or topic: how many articles, how many per day and per week
 * (newest first), one page of its articles (newest first) and the stories its newest articles belong to.
 */
public record Timeline(long total, List<Count> days, List<Count> weeks, SearchPage articles, List<StoryCount> stories) {
  /** Days and weeks shown at most. */
  public static final int MAX_DAYS = 31;
  public static final int MAX_WEEKS = 52;

  /** Articles published on a day, or in the week (Monday to Sunday, UTC) that starts on {@code start}. */
  public record Count(LocalDate start, long articles) {}

  /** A story with how many of the entity's (or topic's) newest articles it holds. */
  public record StoryCount(String story, String title, long articles, OffsetDateTime latest) {}

  /** Newest days first, at most {@link #MAX_DAYS}. */
  public static List<Count> days(SortedMap<LocalDate, Long> byDay) {
    List<Count> out = new ArrayList<>();
    for (Map.Entry<LocalDate, Long> e : byDay.entrySet()) {
      out.add(new Count(e.getKey(), e.getValue()));
    }
    Collections.reverse(out);
    return List.copyOf(out.subList(0, Math.min(MAX_DAYS, out.size())));
  }

  /** Newest weeks first, at most {@link #MAX_WEEKS}. */
  public static List<Count> weeks(SortedMap<LocalDate, Long> byDay) {
    SortedMap<LocalDate, Long> weeks = new TreeMap<>(Collections.reverseOrder());
    byDay.forEach((day, n) -> weeks.merge(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), n, Long::sum));
    List<Count> out = new ArrayList<>();
    for (Map.Entry<LocalDate, Long> e : weeks.entrySet()) {
      if (out.size() == MAX_WEEKS) {
        break;
      }
      out.add(new Count(e.getKey(), e.getValue()));
    }
    return out;
  }
}
