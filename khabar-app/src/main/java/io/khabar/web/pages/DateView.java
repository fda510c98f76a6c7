package io.khabar.web.pages;

import io.khabar.web.ArabicDates;
import io.khabar.web.SiteOptions;
import java.time.OffsetDateTime;

/**
 * A date as shown ({@code text}: relative within 24 hours, else an Arabic date, always in the site's
 * zone) and as machine-readable ({@code iso}, for {@code <time datetime>}, in the same zone).
 */
public record DateView(String iso, String text) {
  /**
   * The options of the server handling this request: set by each server's before-handler, so that
   * views built anywhere on the request's thread show times on that server's clock and zone.
   */
  private static final ThreadLocal<SiteOptions> CURRENT = ThreadLocal.withInitial(SiteOptions::defaults);

  public static void use(SiteOptions options) {
    CURRENT.set(options);
  }

  public static SiteOptions options() {
    return CURRENT.get();
  }

  /** Null for an article without a date: templates then show none. */
  public static DateView of(OffsetDateTime t) {
    if (t == null) {
      return null;
    }
    SiteOptions o = CURRENT.get();
    return new DateView(ArabicDates.iso(t, o.zone()), ArabicDates.display(t, o.zone(), o.clock().instant()));
  }
}
