package io.khabar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NiceTest {
  @Test
  void aThreadLowersItsOwnPriorityOnly() throws Exception {
    OptionalInt before = Nice.ofThisThread();
    assumeTrue(before.isPresent(), "no /proc here: nothing to lower");
    AtomicReference<OptionalInt> inside = new AtomicReference<>();
    Thread t = new Thread(() -> {
      Nice.lowerThisThread(3);
      inside.set(Nice.ofThisThread());
    });
    t.start();
    t.join();
    assertEquals(OptionalInt.of(Math.min(19, before.getAsInt() + 3)), inside.get());
    assertEquals(before, Nice.ofThisThread(), "the calling thread keeps its priority");
  }

  @Test
  void aProcessCanRunItsThreadsAsIdleWork() throws Exception {
    assumeTrue(Nice.ofThisThread().isPresent(), "no /proc here");
    // In a child JVM: SCHED_IDLE cannot be undone without privileges, and this JVM runs other tests.
    Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), IdleChild.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor());
    assertEquals("idle true, new thread idle true", out);
  }

  /** Turns itself into idle work and says whether it, and a thread made after, are. */
  public static final class IdleChild {
    public static void main(String[] args) throws Exception {
      boolean done = Nice.idleProcess();
      AtomicReference<Boolean> later = new AtomicReference<>();
      Thread t = new Thread(() -> later.set(Nice.isThisThreadIdle()));
      t.start();
      t.join();
      System.out.println("idle " + (done && Nice.isThisThreadIdle()) + ", new thread idle " + later.get());
    }
  }
}
