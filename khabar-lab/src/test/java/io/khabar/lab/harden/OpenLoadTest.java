package io.khabar.lab.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OpenLoadTest {
  private static final long MS = 1_000_000L;

  @Test
  void slowSecondsNameEachSecondWithAnAnswerOver100MsAndItsWorst() {
    long[] latencies = new long[5 * 4]; // 4 requests a second for 5 s
    Arrays.fill(latencies, 2 * MS);
    latencies[5] = 250 * MS; // second 1
    latencies[6] = 120 * MS;
    latencies[19] = 101 * MS; // second 4, its last request
    latencies[12] = 100 * MS; // second 3: 100 ms is not over
    latencies[13] = -1; // no answer (an error) is not a latency
    assertEquals("1 s: 250 ms, 4 s: 101 ms", OpenLoad.slowSeconds(latencies, 4));
  }

  @Test
  void aRunWithoutStallsHasNoSlowSeconds() {
    long[] latencies = new long[1000];
    Arrays.fill(latencies, 40 * MS);
    assertEquals("", OpenLoad.slowSeconds(latencies, 250));
  }
}
