package io.khabar.web.pages;

import io.khabar.web.ArabicDates;
import java.time.OffsetDateTime;

/** A date as shown ({@code text}) and as machine-readable ({@code iso}, for {@code <time datetime>}). */
public record DateView(String iso, String text) {

  /** Null for an article without a date: templates then show none. */
  public static DateView of(OffsetDateTime t) {
    return t == null ? null : new DateView(ArabicDates.iso(t), ArabicDates.format(t));
  }
}
