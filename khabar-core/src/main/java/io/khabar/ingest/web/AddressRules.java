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

  private final Set<InetAddress> allowed;
  private final boolean allowAll;

  private AddressRules(Set<InetAddress> allowed, boolean allowAll) {
    this.allowed = allowed;
    this.allowAll = allowAll;
  }

  public static AddressRules publicOnly() {
    return PUBLIC_ONLY;
  }

  /** Public addresses, plus these literal addresses ("*" allows every address). */
  public static AddressRules allowing(Collection<String> addresses) {
    if (addresses.isEmpty()) {
      return PUBLIC_ONLY;
    }
    if (addresses.contains("*")) {
      return new AddressRules(Set.of(), true);
    }
    java.util.HashSet<InetAddress> set = new java.util.HashSet<>();
    for (String a : addresses) {
      set.add(literal(a));
    }
    return new AddressRules(Set.copyOf(set), false);
  }

  /** Refuses the address unless it is public or explicitly allowed. */
  public void check(String host, InetAddress address) throws FetchException {
    if (allowAll || allowed.contains(address)) {
      return;
    }
    Optional<String> kind = nonPublicKind(address);
    if (kind.isPresent()) {
      throw FetchException.refused(host + " resolves to a " + kind.get() + " address (" + address.getHostAddress()
          + ") and this source does not allow it");
    }
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

  private static InetAddress literal(String a) {
    String s = a.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    if (!s.matches("[0-9a-fA-F:.%]+")) {
      throw new IllegalArgumentException("allowAddresses takes IP addresses, not host names: " + a);
    }
    try {
      return InetAddress.getByName(s); // a literal: no DNS lookup happens
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + a, e);
    }
  }
}
