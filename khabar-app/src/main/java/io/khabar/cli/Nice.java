package io.khabar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lowers this process's scheduling priority (Linux nice), every thread of it: on Linux nice is per thread,
 * and threads made later inherit it from the thread that makes them. Java's own thread priorities are
 * ignored by Linux, so this is what leaves the CPU to a site served beside an import. Best effort: where
 * renice is missing or refuses, the import runs as before.
 */
final class Nice {
  private Nice() {}

  static boolean lower(int by) {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return false;
    }
    List<String> cmd = new ArrayList<>(List.of("renice", "-n", "+" + by, "-p"));
    try (Stream<Path> s = Files.list(tasks)) {
      s.forEach(t -> cmd.add(t.getFileName().toString()));
    } catch (IOException e) {
      return false;
    }
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
