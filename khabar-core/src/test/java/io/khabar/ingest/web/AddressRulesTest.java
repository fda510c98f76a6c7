package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Literal addresses only: no lookup and no connection is made. */
class AddressRulesTest {

  @Test
  void nonPublicAddressesAreRefusedByDefault() throws Exception {
    for (String a : List.of("127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.1", "172.31.255.1", "192.168.1.1",
        "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
        "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1",
        "64:ff9b::a00:1")) {
      FetchException e = assertThrows(FetchException.class,
          () -> AddressRules.publicOnly().check("h", InetAddress.getByName(a)), a);
      assertTrue(e.getMessage().startsWith("refused:"), e.getMessage());
      assertTrue(!e.retryLater(), a);
    }
  }

  @Test
  void publicAddressesPass() {
    for (String a : List.of("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "172.32.0.1", "100.128.0.1")) {
      assertDoesNotThrow(() -> AddressRules.publicOnly().check("h", InetAddress.getByName(a)), a);
    }
  }

  @Test
  void aSourceMayAllowListedAddressesOnly() throws Exception {
    AddressRules rules = AddressRules.allowing(List.of("127.0.0.1"));
    assertDoesNotThrow(() -> rules.check("h", InetAddress.getByName("127.0.0.1")));
    assertThrows(FetchException.class, () -> rules.check("h", InetAddress.getByName("127.0.0.2")));
    assertThrows(FetchException.class, () -> rules.check("h", InetAddress.getByName("10.0.0.1")));
    assertDoesNotThrow(() -> AddressRules.allowing(List.of("*")).check("h", InetAddress.getByName("10.0.0.1")));
  }

  @Test
  void allowListTakesAddressesNotNames() {
    assertThrows(IllegalArgumentException.class, () -> AddressRules.allowing(List.of("localhost")));
    assertThrows(IllegalArgumentException.class, () -> AddressRules.allowing(List.of("localhost:8080")));
    // Only dotted decimal: other numeric forms would be read differently by Java and by browsers.
    for (String odd : List.of("0177.0.0.1", "127.1", "0x7f.0.0.1", "2130706433", "127.0.0.1:0", "127.0.0.1:70000", "[::1")) {
      assertThrows(IllegalArgumentException.class, () -> AddressRules.allowing(List.of(odd)), odd);
    }
  }

  @Test
  void anAllowanceIsPerAddressAndPort() throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    AddressRules one = AddressRules.allowing(List.of("127.0.0.1:18090"));
    assertDoesNotThrow(() -> one.check("h", 18090, loopback));
    assertThrows(FetchException.class, () -> one.check("h", 18091, loopback));
    assertThrows(FetchException.class, () -> one.check("h", 80, loopback));
    AddressRules bare = AddressRules.allowing(List.of("127.0.0.1"));
    assertDoesNotThrow(() -> bare.check("h", 80, loopback));
    assertDoesNotThrow(() -> bare.check("h", 443, loopback));
    assertThrows(FetchException.class, () -> bare.check("h", 18090, loopback), "a bare address allows the web's ports only");
    AddressRules anyPort = AddressRules.allowing(List.of("127.0.0.1:*"));
    assertDoesNotThrow(() -> anyPort.check("h", 18090, loopback));
    assertThrows(FetchException.class, () -> anyPort.check("h", 18090, InetAddress.getByName("127.0.0.2")));
    AddressRules v6 = AddressRules.allowing(List.of("[::1]:8080"));
    assertDoesNotThrow(() -> v6.check("h", 8080, InetAddress.getByName("::1")));
    assertThrows(FetchException.class, () -> v6.check("h", 8081, InetAddress.getByName("::1")));
  }

  @Test
  void theKindIsNamed() throws Exception {
    assertEquals("link-local", AddressRules.nonPublicKind(InetAddress.getByName("169.254.169.254")).orElseThrow());
    assertEquals("unique-local", AddressRules.nonPublicKind(InetAddress.getByName("fd00::1")).orElseThrow());
    assertEquals("loopback", AddressRules.nonPublicKind(InetAddress.getByName("::ffff:127.0.0.1")).orElseThrow());
  }
}
