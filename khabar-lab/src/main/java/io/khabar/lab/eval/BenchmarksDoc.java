package io.khabar.lab.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md is written by the commands that measure: each owns a section between
 * {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->} and rewrites only that.
 */
public final class BenchmarksDoc {
  private BenchmarksDoc() {}

  public static void writeSection(Path doc, String name, String content) throws IOException {
    String start = "<!-- " + name + ":start -->";
    String end = "<!-- " + name + ":end -->";
    String block = start + "\n" + content.strip() + "\n" + end;
    String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Benchmarks\n";
    int s = text.indexOf(start);
    int e = text.indexOf(end);
    if (s >= 0 && e > s) {
      text = text.substring(0, s) + block + text.substring(e + end.length());
    } else {
      text = text.stripTrailing() + "\n\n" + block + "\n";
    }
    if (doc.getParent() != null) {
      Files.createDirectories(doc.getParent());
    }
    Files.writeString(doc, text, StandardCharsets.UTF_8);
  }

  /** The machine a figure was measured on. */
  public static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
    } catch (IOException e) {
      // not Linux: keep the generic name
    }
    return String.format("%s, %d cores, %d MB max heap, Java %s", cpu, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
  }
}
