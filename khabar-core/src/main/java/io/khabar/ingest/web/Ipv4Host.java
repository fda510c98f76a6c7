package io.khabar.ingest.web;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL host read as browsers read it (WHATWG URL standard, "IPv4 parser"): a host whose last label is a
 * number is an IPv4 address written in parts of decimal, octal ({@code 0177}) or hex ({@code 0x7f}), one
 * to four of them ({@code 127.1}, {@code 2130706433}). Java reads {@code 0177.0.0.1} as 177.0.0.1, a public
 * address, while a browser or curl goes to 127.0.0.1; Khabar reads it as they do, so the address rules
 * see the address that would really be contacted.
 */
final class Ipv4Host {
  private Ipv4Host() {}

  /** Thrown for a host that ends in a number but is no valid IPv4 address (browsers refuse it too). */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  /** True when the WHATWG rules read this host as an IPv4 address (its last label is a number). */
  static boolean endsInNumber(String host) {
    List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
    if (parts.get(parts.size() - 1).isEmpty()) {
      if (parts.size() == 1) {
        return false;
      }
      parts.remove(parts.size() - 1);
    }
    String last = parts.get(parts.size() - 1);
    if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return parse(last) != null;
  }

  /** The dotted-decimal form of an IPv4 host, or empty when the host is a name. */
  static Optional<String> canonical(String host) throws Invalid {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") || !endsInNumber(h)) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>(List.of(h.split("\\.", -1)));
    if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() > 4) {
      throw new Invalid("the host " + host + " has more than four numeric parts");
    }
    List<BigInteger> numbers = new ArrayList<>();
    for (String p : parts) {
      BigInteger n = parse(p);
      if (n == null) {
        throw new Invalid("the host " + host + " is neither a name nor a valid IPv4 address");
      }
      numbers.add(n);
    }
    for (int i = 0; i < numbers.size() - 1; i++) {
      if (numbers.get(i).compareTo(BigInteger.valueOf(255)) > 0) {
        throw new Invalid("the host " + host + " is not a valid IPv4 address (a part is over 255)");
      }
    }
    BigInteger last = numbers.get(numbers.size() - 1);
    if (last.compareTo(BigInteger.valueOf(256).pow(5 - numbers.size())) >= 0) {
      throw new Invalid("the host " + host + " is not a valid IPv4 address (out of range)");
    }
    long ipv4 = last.longValue();
    for (int i = 0; i < numbers.size() - 1; i++) {
      ipv4 += numbers.get(i).longValue() << (8 * (3 - i));
    }
    return Optional.of(((ipv4 >> 24) & 255) + "." + ((ipv4 >> 16) & 255) + "." + ((ipv4 >> 8) & 255) + "." + (ipv4 & 255));
  }

  /** One part: {@code 0x…} hex, {@code 0…} octal, else decimal; null when it is not a number. */
  private static BigInteger parse(String part) {
    if (part.isEmpty()) {
      return null;
    }
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return BigInteger.ZERO; // "0x" is zero
    }
    if (digits.length() > 64) {
      return null;
    }
    for (char c : digits.toCharArray()) {
      if (Character.digit(c, radix) < 0 || c > 'f') {
        return null;
      }
    }
    return new BigInteger(digits, radix);
  }
}
