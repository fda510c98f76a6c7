package io.khabar.ingest.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Which IP addresses Khabar may connect to. By default only public unicast ones: loopback, private
 * (RFC 1918), link-local (cloud metadata lives there), unique-local (fc00::/7), site-local, multicast,
 * unspecified, carrier-grade NAT, reserved and IPv4-compatible/mapped IPv6 forms of those are refused,
 * so a feed, page or redirect cannot make Khabar reach a service on its own machine or network.
 * A source may allow listed addresses (or "*": all), on purpose.
 */
public final class AddressRules {
  private static final AddressRules PUBLIC_ONLY = new AddressRules(Set.of(), false);
  /** Ports a bare address (no {@code :PORT}) allows: the web's own. */
  private static final Set<Integer> DEFAULT_PORTS = Set.of(80, 443);

  /** Allowed address and port pairs: "ADDRESS PORT", or "ADDRESS *" for every port. */
  private final Set<String> allowed;
  private final boolean allowAll;

  private AddressRules(Set<String> allowed, boolean allowAll) {
    this.allowed = allowed;
    this.allowAll = allowAll;
  }

  public static AddressRules publicOnly() {
    return PUBLIC_ONLY;
  }

  /**
   * Public addresses, plus the listed address and port pairs: {@code 10.1.2.3:8080}, {@code [::1]:8080},
   * {@code 10.1.2.3:*} (every port), a bare {@code 10.1.2.3} (ports 80 and 443 only), or {@code "*"}
   * (every address and port). Addresses are written in dotted decimal or IPv6, never as names.
   */
  public static AddressRules allowing(Collection<String> addresses) {
    if (addresses.isEmpty()) {
      return PUBLIC_ONLY;
    }
    if (addresses.contains("*")) {
      return new AddressRules(Set.of(), true);
    }
    java.util.HashSet<String> set = new java.util.HashSet<>();
    for (String a : addresses) {
      set.addAll(entries(a));
    }
    return new AddressRules(Set.copyOf(set), false);
  }

  /** Refuses the address unless it is public or allowed for this port (-1: the scheme's default, taken as 80/443). */
  public void check(String host, int port, InetAddress address) throws FetchException {
    if (allowAll || allowed.contains(key(address, "*")) || allowed.contains(key(address, String.valueOf(port)))) {
      return;
    }
    Optional<String> kind = nonPublicKind(address);
    if (kind.isPresent()) {
      throw FetchException.refused(host + (port > 0 ? ":" + port : "") + " resolves to a " + kind.get() + " address ("
          + address.getHostAddress() + ") and this source does not allow it" + (port > 0 ? " on port " + port : "")
          + " (only its allowAddresses in sources.json can)");
    }
  }

  /** As {@link #check(String, int, InetAddress)} on a default port (80). */
  public void check(String host, InetAddress address) throws FetchException {
    check(host, 80, address);
  }

  private static String key(InetAddress a, String port) {
    return a.getHostAddress() + " " + port;
  }

  private static java.util.List<String> entries(String entry) {
    String s = entry.strip();
    String address;
    String port = null;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("allowAddresses: " + entry + " lacks its closing ]; write [::1]:8080");
      }
      address = s.substring(1, close);
      String rest = s.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          throw new IllegalArgumentException("allowAddresses: " + entry + " is not ADDRESS or ADDRESS:PORT");
        }
        port = rest.substring(1);
      }
    } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
      address = s.substring(0, s.indexOf(':'));
      port = s.substring(s.indexOf(':') + 1);
    } else {
      address = s; // IPv4, or a bare IPv6 (several colons)
    }
    InetAddress a = literal(address, entry);
    if (port == null) {
      return DEFAULT_PORTS.stream().map(p -> key(a, String.valueOf(p))).toList();
    }
    if (port.equals("*")) {
      return java.util.List.of(key(a, "*"));
    }
    if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      throw new IllegalArgumentException("allowAddresses: the port in " + entry + " is not a number from 1 to 65535 or *");
    }
    return java.util.List.of(key(a, String.valueOf(Integer.parseInt(port))));
  }

  /** What kind of non-public address this is, or empty for a public unicast address. */
  public static Optional<String> nonPublicKind(InetAddress a) {
    if (a.isAnyLocalAddress()) {
      return Optional.of("unspecified");
    }
    if (a.isLoopbackAddress()) {
      return Optional.of("loopback");
    }
    if (a.isLinkLocalAddress()) {
      return Optional.of("link-local");
    }
    if (a.isSiteLocalAddress()) {
      return Optional.of("private");
    }
    if (a.isMulticastAddress()) {
      return Optional.of("multicast");
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return ipv4Kind(b);
    }
    if (a instanceof Inet6Address v6) {
      if ((b[0] & 0xfe) == 0xfc) {
        return Optional.of("unique-local");
      }
      if (v6.isIPv4CompatibleAddress() || isMapped(b) || isNat64(b)) {
        return Optional.of("IPv4-embedding IPv6");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> ipv4Kind(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0) {
      return Optional.of("unspecified");
    }
    if (first == 100 && second >= 64 && second < 128) {
      return Optional.of("carrier-grade NAT");
    }
    if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
      return Optional.of("reserved");
    }
    if (first == 198 && (second == 18 || second == 19)) {
      return Optional.of("benchmarking");
    }
    if (first >= 240) {
      return Optional.of("reserved");
    }
    return Optional.empty();
  }

  /** ::ffff:a.b.c.d (Java usually turns these into IPv4 when parsing; this catches the rest). */
  private static boolean isMapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }

  /** 64:ff9b::/96, where a NAT64 gateway would forward to any IPv4 address, private ones included. */
  private static boolean isNat64(byte[] b) {
    return (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
  }

  private static InetAddress literal(String s, String entry) {
    boolean v4 = s.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") && java.util.Arrays.stream(s.split("\\."))
        .allMatch(p -> Integer.parseInt(p) <= 255 && (p.length() == 1 || !p.startsWith("0")));
    boolean v6 = s.contains(":") && s.matches("[0-9a-fA-F:.]+");
    if (!v4 && !v6) {
      throw new IllegalArgumentException("allowAddresses takes IP addresses in dotted decimal or IPv6 (with an optional :PORT), "
          + "not host names or other forms: " + entry);
    }
    try {
      return InetAddress.getByName(s); // a literal: no DNS lookup happens
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("allowAddresses: not an IP address: " + entry, e);
    }
  }
}
