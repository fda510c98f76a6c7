package io.khabar.cli;

import io.khabar.Ingestion;
import io.khabar.ingest.web.FetchConfig;
import io.khabar.ingest.web.HttpFetcher;
import io.khabar.ingest.web.WebIngest;
import io.khabar.store.ArticleStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How the CLI builds web ingestion over a store, and reads durations like 30s, 15m, 2h. */
final class WebIngests {
  private WebIngests() {}

  /**
   * Web ingestion into {@code store}, grouping and enriching as {@code import} does (the models are loaded
   * once, here); {@code store} null: fetching and extraction only, nothing is imported or loaded.
   */
  static WebIngest open(Path dataDir, ArticleStore store, Consumer<String> log) {
    HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults());
    if (store == null) {
      return new WebIngest(dataDir, null, fetcher, Clock.systemUTC(), log);
    }
    return Ingestion.into(store).build().web(dataDir, fetcher, Clock.systemUTC(), log);
  }

  /** 30s, 15m, 2h, 1d, or ISO-8601 (PT15M). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      try {
        if (v.matches("\\d+[smhd]")) {
          long n = Long.parseLong(v.substring(0, v.length() - 1));
          return switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
        }
        return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw new TypeConversionException("not a duration: '" + value + "' (examples: 30s, 15m, 2h)");
      }
    }
  }
}
