package io.khabar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.Security;
import org.junit.jupiter.api.Test;

class DnsPinningTest {

  @Test
  void installKeepsEveryLookupForTheLifeOfTheProcess() {
    DnsPinning.install();
    assertEquals("-1", Security.getProperty("networkaddress.cache.ttl"));
  }
}
