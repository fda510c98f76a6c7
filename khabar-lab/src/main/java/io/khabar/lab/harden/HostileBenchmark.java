package io.khabar.lab.harden;

import io.khabar.Ingestion;

import io.khabar.lab.bench.Benchmark;
import io.khabar.cli.HeapSampler;
import io.khabar.lab.eval.BenchmarksDoc;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import io.khabar.ingest.ImportSummary;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code ./khabar bench --only hostile}: the large hostile cases (generated here, as in
 * HostileInputIT) imported by the real importer, each beside one good record, with the time and peak
 * heap each took: refusals must be cheap, not only correct.
 */
public final class HostileBenchmark {
  private static final byte[] GOOD = "{\"id\":\"good\",\"source\":\"t\",\"text\":\"نص سليم عن الخبر\"}\n".getBytes(StandardCharsets.UTF_8);

  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** {@code id} names the case's figures. */
  record Case(String id, String name, String file, Writer content) {}

  private final Path work;

  public HostileBenchmark(Path work) {
    this.work = work;
  }

  static List<Case> cases() {
    return List.of(
        new Case("text_10mb", "10 MB one-line text", "text.jsonl", out -> {
          out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
          byte[] word = "كلمة ".getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < (10 << 20) / word.length; i++) {
            out.write(word);
          }
          out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }),
        new Case("line_200mb", "200 MB line", "line.jsonl", out -> {
          byte[] mb = new byte[1 << 20];
          java.util.Arrays.fill(mb, (byte) 'a');
          for (int i = 0; i < 200; i++) {
            out.write(mb);
          }
          out.write('\n');
        }),
        new Case("json_deep", "JSON nested 1,000,000 deep", "deep.jsonl", out -> {
          out.write("{\"id\":\"deep\",\"text\":\"t\",\"x\":".getBytes(StandardCharsets.UTF_8));
          out.write("[".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
          out.write("]".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
          out.write("}\n".getBytes(StandardCharsets.UTF_8));
        }),
        new Case("long_numbers", "10,000 lines with a 1,000-digit number", "numbers.jsonl", out -> {
          byte[] line = ("{\"id\":\"n\",\"text\":\"t\",\"n\":" + "9".repeat(1000) + "}\n").getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < 10_000; i++) {
            out.write(line);
          }
        }));
  }

  /**
   * The section and its figures per case: input size, whether the import refused the hostile record, whether the
   * good one got in (exact), and the seconds and peak heap it took (the machine's).
   */
  public Report run() throws IOException {
    Figures f = new Figures();
    StringBuilder b = new StringBuilder("## Hostile input (`./khabar bench --only hostile`)\n\n");
    b.append("Machine: ").append(BenchmarksDoc.machine()).append(". Each case is generated, then imported by the ")
        .append("real importer (grouping on) into an empty store together with one good record; time and peak heap ")
        .append("(sampled every 20 ms) of the whole import. Every case of the corpus and its expected outcome: ")
        .append("khabar-core/src/test/resources/hostile/README.md.\n\n");
    b.append("| case | input size | outcome | good record imported | seconds | peak heap MB |\n|---|---|---|---|---|---|\n");
    for (Case c : cases()) {
      Path dir = Benchmark.fresh(work.resolve(c.file().replace('.', '-')));
      Path in = dir.resolve(c.file());
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(in), 1 << 16)) {
        c.content().write(out);
        out.write(GOOD);
      }
      row(b, f, c.id(), c.name(), List.of(in), dir);
      Files.delete(in);
    }
    Path bombDir = Benchmark.fresh(work.resolve("zip-bomb"));
    Path bomb = zipBomb(bombDir.resolve("2015-07-21.zip"));
    Path good = Files.write(bombDir.resolve("good.jsonl"), GOOD);
    row(b, f, "zip_bomb", "zip bomb: 2 GB of whitespace in one entry", List.of(bomb, good), bombDir);
    return f.report(b.toString());
  }

  private static void row(StringBuilder b, Figures figures, String id, String name, List<Path> files, Path dir)
      throws IOException {
    long size = 0;
    for (Path f : files) {
      size += Files.size(f);
    }
    System.gc();
    long t0 = System.nanoTime();
    ImportSummary s;
    long peak;
    boolean good;
    try (HeapSampler heap = new HeapSampler(); LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      s = Ingestion.into(store).build().importFiles(files);
      peak = heap.peakBytes() >> 20;
      good = store.get("good").isPresent();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    String outcome = s.messages().isEmpty() ? "imported" : s.messages().get(0).replaceAll("^[^:]*:\\d*:? ?", "");
    b.append(String.format("| %s | %,d bytes | %s | %s | %.1f | %d |%n", name, size, outcome.replace("|", "\\|"),
        good ? "yes" : "NO", seconds, peak));
    figures.count(id + ".input_bytes", size).count(id + ".refused", s.messages().isEmpty() ? 0 : 1)
        .count(id + ".good_imported", good ? 1 : 0).put(id + ".seconds", seconds, 1).count(id + ".peak_heap_mb", peak);
  }

  private static Path zipBomb(Path zip) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      out.putNextEntry(new ZipEntry("2015-07-21.json"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 2048; i++) {
        out.write(spaces);
      }
      out.closeEntry();
    }
    return zip;
  }
}
