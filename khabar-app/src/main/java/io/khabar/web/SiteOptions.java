package io.khabar.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the site presents what it serves: the one time zone every time is shown in (default
 * Asia/Riyadh), the clock relative times are counted from, and whether article pages republish the
 * full text ({@code serve --full-text}) or only its lead with a link to the outlet (the default); and the
 * data folder, whose files tell /health the times of the last import and crawl (null: unknown).
 */
public record SiteOptions(ZoneId zone, Clock clock, boolean fullText, java.nio.file.Path dataDir) {
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Riyadh");

  public SiteOptions {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(clock, "clock");
  }

  public static SiteOptions defaults() {
    return new SiteOptions(DEFAULT_ZONE, Clock.systemUTC(), false, null);
  }

  public SiteOptions withZone(ZoneId z) {
    return new SiteOptions(z, clock, fullText, dataDir);
  }

  public SiteOptions withClock(Clock c) {
    return new SiteOptions(zone, c, fullText, dataDir);
  }

  public SiteOptions withFullText(boolean f) {
    return new SiteOptions(zone, clock, f, dataDir);
  }

  /** The thumbnails kept in the data folder; null when the site has no data folder. */
  public io.khabar.picture.PictureStore pictures() {
    return dataDir == null ? null : new io.khabar.picture.PictureStore(io.khabar.picture.PictureStore.folder(dataDir));
  }

  public SiteOptions withDataDir(java.nio.file.Path d) {
    return new SiteOptions(zone, clock, fullText, d);
  }
}
