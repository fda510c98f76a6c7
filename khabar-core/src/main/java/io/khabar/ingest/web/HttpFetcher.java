package io.khabar.ingest.web;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one URL the careful way. Every hop (the URL, then each redirect, followed here rather than by
 * the client) is checked: http/https only ({@link UrlRules}), every address of its host public or
 * allowed ({@link AddressRules}), robots.txt allows it. Requests to a host go one at a time with the
 * crawl delay between them; 429 and 503 are retried after their Retry-After (or a doubling backoff);
 * bodies are read bounded and decoded bounded ({@link BoundedBody}).
 */
public final class HttpFetcher implements AutoCloseable {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final FetchConfig config;
  private final Clock clock;
  private final Sleeper sleeper;
  private final HttpClient client;
  private final HostThrottle throttle;
  private final RobotsCache robots;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "khabar-fetch-watchdog");
    t.setDaemon(true);
    return t;
  });

  public HttpFetcher(FetchConfig config, Clock clock, Sleeper sleeper) {
    this.config = config;
    this.clock = clock;
    this.sleeper = sleeper;
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.throttle = new HostThrottle(clock, sleeper);
    this.robots = new RobotsCache(clock, FetchConfig.ROBOT_NAME);
  }

  public HttpFetcher(FetchConfig config) {
    this(config, Clock.systemUTC(), Sleeper.REAL);
  }

  public FetchConfig config() {
    return config;
  }

  /** GETs a URL (conditionally when {@code validators} are given), obeying robots.txt. */
  public FetchResult fetch(String url, AddressRules rules, Validators validators)
      throws FetchException, InterruptedException {
    return follow(UrlRules.check(url), rules, validators, true);
  }

  private FetchResult follow(URI start, AddressRules rules, Validators validators, boolean obeyRobots)
      throws FetchException, InterruptedException {
    URI uri = UrlRules.check(start);
    List<URI> hops = new ArrayList<>();
    Set<URI> seen = new HashSet<>(List.of(uri));
    while (true) {
      checkAddresses(uri, rules);
      Duration delay = config.defaultCrawlDelay();
      if (obeyRobots) {
        BaseRobotRules robotRules = robots.rules(uri, r -> follow(r, rules, Validators.NONE, false));
        if (robotRules.isDeferVisits()) {
          throw new FetchException("robots.txt of " + uri.getHost() + " is unreachable; trying later", true);
        }
        if (!robotRules.isAllowed(uri.toString())) {
          throw FetchException.refused("robots.txt disallows " + uri);
        }
        delay = crawlDelay(robotRules);
      }
      Exchange ex = withRetries(uri, hops.isEmpty() ? validators : Validators.NONE, delay);
      if (REDIRECTS.contains(ex.response.statusCode())) {
        String location = ex.response.headers().firstValue("Location")
            .orElseThrow(() -> new FetchException("HTTP " + ex.response.statusCode() + " without Location", false));
        URI next = UrlRules.resolve(uri, location);
        if (!seen.add(next)) {
          throw new FetchException("redirect loop: " + uri + " -> " + next, false);
        }
        if (hops.size() >= config.maxRedirects()) {
          throw new FetchException("more than " + config.maxRedirects() + " redirects from " + start, false);
        }
        hops.add(uri);
        uri = next;
        continue;
      }
      return new FetchResult(uri, ex.response.statusCode(), ex.response.headers(), ex.raw, ex.body,
          clock.instant(), List.copyOf(hops));
    }
  }

  private Duration crawlDelay(BaseRobotRules r) {
    long ms = r.getCrawlDelay();
    if (ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms < 0) {
      return config.defaultCrawlDelay();
    }
    Duration d = Duration.ofMillis(ms);
    return d.compareTo(config.maxCrawlDelay()) > 0 ? config.maxCrawlDelay() : d;
  }

  /** Every address the host has must be allowed: the JVM keeps this answer for the connection (see DnsPinning). */
  private static void checkAddresses(URI uri, AddressRules rules) throws FetchException {
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    for (InetAddress a : DnsPinning.resolve(uri.getHost())) {
      rules.check(uri.getHost(), port, a);
    }
  }

  private record Exchange(HttpResponse<InputStream> response, byte[] raw, byte[] body) {}

  private Exchange withRetries(URI uri, Validators validators, Duration delay)
      throws FetchException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      Exchange ex;
      try {
        ex = throttle.call(uri.getHost(), delay, () -> exchange(uri, validators));
      } catch (FetchException e) {
        throw e;
      } catch (HttpTimeoutException e) {
        throw new FetchException("no response within " + config.readTimeout().toMillis() + " ms: " + uri, true, e);
      } catch (IOException e) {
        if (attempt >= config.maxRetries()) {
          throw new FetchException("connection failed: " + e, true, e);
        }
        sleeper.sleep(backoff(attempt));
        continue;
      }
      int status = ex.response.statusCode();
      if (status != 429 && status != 503) {
        return ex;
      }
      if (attempt >= config.maxRetries()) {
        throw new FetchException("HTTP " + status + " after " + attempt + " retries", true);
      }
      Duration wait = RetryAfter.parse(ex.response.headers().firstValue("Retry-After").orElse(null), clock.instant())
          .orElse(backoff(attempt));
      if (wait.compareTo(config.maxRetryAfter()) > 0) {
        throw new FetchException("HTTP " + status + " with Retry-After " + wait.toSeconds() + " s, longer than "
            + config.maxRetryAfter().toSeconds() + " s; trying at the next pass", true);
      }
      sleeper.sleep(wait);
    }
  }

  private Duration backoff(int attempt) {
    return config.backoff().multipliedBy(1L << Math.min(attempt, 10));
  }

  private Exchange exchange(URI uri, Validators validators) throws IOException, InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET()
        .timeout(config.readTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5")
        .header("Accept-Encoding", "gzip, deflate");
    if (!validators.etag().isEmpty()) {
      req.header("If-None-Match", validators.etag());
    }
    if (!validators.lastModified().isEmpty()) {
      req.header("If-Modified-Since", validators.lastModified());
    }
    HttpResponse<InputStream> response = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
    int status = response.statusCode();
    try (InputStream in = response.body()) {
      if (status == 304 || REDIRECTS.contains(status) || status == 429 || status == 503) {
        return new Exchange(response, new byte[0], new byte[0]);
      }
      if (status < 200 || status > 299) {
        throw FetchException.status(status);
      }
      OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
      if (declared.isPresent() && declared.getAsLong() > config.maxBodyBytes()) {
        throw new FetchException("body of " + declared.getAsLong() + " bytes is larger than " + config.maxBodyBytes()
            + " bytes: " + uri, false);
      }
      byte[] raw = readWithDeadline(in, uri);
      byte[] body = BoundedBody.decode(raw, response.headers().firstValue("Content-Encoding").orElse(""),
          config.maxDecodedBytes());
      return new Exchange(response, raw, body);
    }
  }

  /** A slow trickle of bytes must not hold a crawl forever: the stream is closed at the deadline. */
  private byte[] readWithDeadline(InputStream in, URI uri) throws IOException {
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> timer = watchdog.schedule(() -> {
      late.set(true);
      try {
        in.close();
      } catch (IOException ignored) {
        // closing is all we want
      }
    }, config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      byte[] raw = BoundedBody.read(in, config.maxBodyBytes(), "body of " + uri + " is");
      if (late.get()) {
        throw new FetchException("body not received within " + config.readTimeout().toMillis() + " ms: " + uri, true);
      }
      return raw;
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      if (late.get()) {
        throw new FetchException("body not received within " + config.readTimeout().toMillis() + " ms: " + uri, true, e);
      }
      throw e;
    } finally {
      timer.cancel(false);
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
