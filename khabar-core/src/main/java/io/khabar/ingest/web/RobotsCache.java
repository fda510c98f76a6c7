package io.khabar.ingest.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per scheme, host and port, fetched once and kept for a day (an unreachable
 * robots.txt for 10 minutes). As RFC 9309 and crawler-commons say: a 4xx means no rules, a 5xx or an
 * unreachable server means "do not crawl now".
 */
final class RobotsCache {
  private static final Duration KEEP = Duration.ofHours(24);
  private static final Duration KEEP_FAILED = Duration.ofMinutes(10);

  private record Entry(BaseRobotRules rules, Instant expires) {}

  private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE / 2, 10);
  private final Clock clock;
  private final String robotName;

  RobotsCache(Clock clock, String robotName) {
    this.clock = clock;
    this.robotName = robotName.toLowerCase(Locale.ROOT);
  }

  interface RobotsFetch {
    FetchResult get(URI robotsUrl) throws java.io.IOException, InterruptedException;
  }

  BaseRobotRules rules(URI page, RobotsFetch fetch) throws InterruptedException {
    String origin = page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getRawAuthority().toLowerCase(Locale.ROOT);
    Entry e = byOrigin.get(origin);
    if (e != null && clock.instant().isBefore(e.expires)) {
      return e.rules;
    }
    URI robotsUrl = URI.create(origin + "/robots.txt");
    BaseRobotRules rules;
    Duration keep = KEEP;
    try {
      FetchResult r = fetch.get(robotsUrl);
      rules = parser.parseContent(robotsUrl.toString(), r.body(), r.contentType(), List.of(robotName));
    } catch (FetchException f) {
      rules = parser.failedFetch(f.status() == 0 ? 503 : f.status());
      keep = rules.isDeferVisits() ? KEEP_FAILED : KEEP;
    } catch (java.io.IOException io) {
      rules = parser.failedFetch(503);
      keep = KEEP_FAILED;
    }
    byOrigin.put(origin, new Entry(rules, clock.instant().plus(keep)));
    return rules;
  }
}
