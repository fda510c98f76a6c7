package io.khabar.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lowers scheduling priorities (Linux nice). On Linux nice is per thread, and threads made later inherit it
 * from the thread that makes them. Java's own thread priorities are ignored by Linux, so this is what leaves
 * the CPU to readers: an import beside a served site, a served site's background refreshes beside its
 * requests. Best effort: where there is no {@code /proc} or renice refuses, work runs as before.
 */
public final class Nice {
  private Nice() {}

  /** Whether this system has the per-thread priorities used here (Linux, with {@code /proc}). */
  public static boolean available() {
    return Files.isDirectory(Path.of("/proc/self/task"));
  }

  /** Every thread of this process (and those it makes later), by {@code by} steps. */
  public static boolean lowerProcess(int by) {
    if (!available()) {
      return false;
    }
    List<String> ids = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("/proc/self/task"))) {
      s.forEach(t -> ids.add(t.getFileName().toString()));
    } catch (IOException e) {
      return false;
    }
    return renice(by, ids);
  }

  /**
   * Every thread of this process (and those it makes later) runs only on CPU time nothing else wants (Linux
   * {@code SCHED_IDLE}): a waking reader's thread always preempts it, where nice only weighs shares. Work
   * done this way can starve on a machine that is never idle.
   */
  public static boolean idleProcess() {
    return run(List.of("chrt", "--idle", "--all-tasks", "--pid", "0", String.valueOf(ProcessHandle.current().pid())));
  }

  /** Whether the calling thread runs under {@code SCHED_IDLE} (policy 5 in {@code /proc}); false where unknown. */
  public static boolean isThisThreadIdle() {
    return statField(38).orElse(-1) == 5; // field 41 of stat: policy
  }

  /** The calling thread only (and the threads it makes later), by {@code by} steps. */
  public static boolean lowerThisThread(int by) {
    try {
      // "/proc/thread-self" links to "<pid>/task/<tid>": the thread's id as the kernel knows it.
      Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
      return renice(by, List.of(self.getFileName().toString()));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** The calling thread's nice value, from {@code /proc}; empty where there is none. */
  public static java.util.OptionalInt ofThisThread() {
    return statField(16); // field 19 of stat: nice
  }

  /** A field of the calling thread's {@code /proc} stat, counted from field 3 (0 here). */
  private static java.util.OptionalInt statField(int fromThird) {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/stat"));
      // The command name, field 2, is in parentheses and may hold spaces: count fields after its ')'.
      String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return java.util.OptionalInt.of(Integer.parseInt(after[fromThird]));
    } catch (IOException | RuntimeException e) {
      return java.util.OptionalInt.empty();
    }
  }

  private static boolean renice(int by, List<String> threadIds) {
    List<String> cmd = new ArrayList<>(List.of("renice", "-n", "+" + by, "-p"));
    cmd.addAll(threadIds);
    return run(cmd);
  }

  private static boolean run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
