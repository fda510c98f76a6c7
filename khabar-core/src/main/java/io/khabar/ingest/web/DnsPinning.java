package io.khabar.ingest.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.Security;

/**
 * Closes the DNS-rebinding gap between "the address we checked" and "the address we connect to".
 *
 * <p>The JDK 17 HttpClient has no resolver hook: it resolves the URL's host itself, through
 * {@link InetAddress}, when it connects. Khabar resolves the host first (through the same
 * {@link InetAddress}) and checks every address; the JVM caches that answer, and the client's
 * {@code InetAddress.getByName} then returns the first address of the same cached answer. For that to
 * hold, the cache must not expire between check and connect, so {@link #install()} sets the
 * {@code networkaddress.cache.ttl} security property to -1 (cache for the life of the process).
 *
 * <p>Limits: the property is read once, when the JVM first caches a lookup, so install() must run
 * before any host name is resolved (the commands that crawl, `crawl`, `fetch` and `serve --crawl`, do it
 * first thing; other commands, e.g. a Solr client, keep the JVM's normal DNS caching); a host's address is then kept until
 * restart, so an outlet that moves servers is followed after a restart of a long-running crawl.
 * Connecting to the IP with a Host header was rejected: it breaks https (certificate checks and SNI
 * need the name) and the JDK refuses to set Host without a global system property.
 */
public final class DnsPinning {
  private DnsPinning() {}

  public static void install() {
    Security.setProperty("networkaddress.cache.ttl", "-1");
  }

  /** Every address of a host, as the JVM will keep it (literal addresses are returned without a lookup). */
  static InetAddress[] resolve(String host) throws FetchException {
    try {
      return InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host: " + host, true, e);
    }
  }
}
