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
  }

  @Test
  void theKindIsNamed() throws Exception {
    assertEquals("link-local", AddressRules.nonPublicKind(InetAddress.getByName("169.254.169.254")).orElseThrow());
    assertEquals("unique-local", AddressRules.nonPublicKind(InetAddress.getByName("fd00::1")).orElseThrow());
    assertEquals("loopback", AddressRules.nonPublicKind(InetAddress.getByName("::ffff:127.0.0.1")).orElseThrow());
  }
}
