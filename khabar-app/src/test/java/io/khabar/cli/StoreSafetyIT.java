package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corruption trials (issue 15): a store with its commit point missing, a file truncated, a byte flipped
 * or a file deleted. Every read-only command refuses it with one sentence and a non-zero exit and changes
 * no byte of the folder (hashed before and after); import and restory refuse to write onto it.
 */
class StoreSafetyIT {
  @TempDir static Path dir;
  static Path pristine;
  static Path fixture;

  @BeforeAll
  static void importFixture() throws Exception {
    fixture = dir.resolve("articles.jsonl");
    try (InputStream in = StoreSafetyIT.class.getResourceAsStream("/web/articles.jsonl")) {
      Files.copy(in, fixture);
    }
    pristine = dir.resolve("pristine");
    CliIT.Result r = CliIT.run("import", "--data", pristine.toString(), "--quiet", "--no-enrichment", "--commit-every", "5",
        fixture.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(0, CliIT.run("check", "--data", pristine.toString()).code());
  }

  interface Damage {
    void apply(Path index) throws IOException;
  }

  @Test
  void missingCommitPoint() throws Exception {
    trial("missing-segments", index -> {
      for (Path p : files(index)) {
        if (p.getFileName().toString().startsWith("segments_")) {
          Files.delete(p);
        }
      }
    }, "no commit point");
  }

  @Test
  void truncatedFile() throws Exception {
    trial("truncated", index -> {
      Path biggest = biggest(index);
      try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
        f.setLength(f.length() / 2);
      }
    }, "damaged");
  }

  @Test
  void flippedBit() throws Exception {
    trial("bit-flip", index -> {
      Path biggest = biggest(index);
      try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
        long at = f.length() / 2;
        f.seek(at);
        int b = f.read();
        f.seek(at);
        f.write(b ^ 0x10);
      }
    }, "damaged");
  }

  @Test
  void deletedSegmentFile() throws Exception {
    trial("deleted", index -> Files.delete(biggest(index)), "missing");
  }

  @Test
  void folderWithFilesButNoStoreIsNeverOverwritten() throws Exception {
    Path data = dir.resolve("not-a-store");
    Files.createDirectories(data.resolve("index"));
    Files.writeString(data.resolve("index").resolve("notes.txt"), "mine");
    String before = hash(data);
    CliIT.Result r = CliIT.run("import", "--data", data.toString(), "--quiet", fixture.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains("no commit point"), r.err());
    assertEquals(before, hash(data));
  }

  @Test
  void readOnlyCommandsCreateNothingWhereThereIsNoStore() throws Exception {
    Path data = dir.resolve("absent");
    for (String[] cmd : List.of(new String[] {"search", "نفط"}, new String[] {"stories"}, new String[] {"check"},
        new String[] {"restory"})) {
      CliIT.Result r = CliIT.run(concat(cmd, "--data", data.toString()));
      assertEquals(1, r.code(), String.join(" ", cmd) + ": " + r.out());
      assertTrue(r.err().contains("no store at"), r.err());
      assertFalse(Files.exists(data), String.join(" ", cmd) + " created " + data);
    }
  }

  private void trial(String name, Damage damage, String expected) throws Exception {
    Path data = dir.resolve(name);
    copy(pristine, data);
    damage.apply(data.resolve("index"));
    String before = hash(data);
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(pairs, "alarabia-1001\tbbc-2001\n");
    List<String[]> commands = List.of(
        new String[] {"search", "النفط"},
        new String[] {"stories", "--json"},
        new String[] {"story", "bbc-2001"},
        new String[] {"similar", "bbc-2001"},
        new String[] {"score-pairs", pairs.toString()},
        new String[] {"check"},
        new String[] {"serve", "--port", "0"},
        new String[] {"import", "--quiet", fixture.toString()},
        new String[] {"restory"});
    for (String[] cmd : commands) {
      CliIT.Result r = CliIT.run(concat(cmd, "--data", data.toString()));
      String what = name + ", " + String.join(" ", cmd) + ": ";
      assertNotEquals(0, r.code(), what + r.out());
      String err = r.err().strip();
      assertTrue(err.contains(expected), what + err);
      assertEquals(1, err.lines().count(), what + "one line: " + err);
      assertFalse(err.matches("(?s).*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*"), what + "no class names: " + err);
      assertFalse(err.contains("out of bounds"), what + err);
      assertEquals(before, hash(data), what + "changed the store's bytes");
    }
    CliIT.Result check = CliIT.run("check", "--data", data.toString());
    assertTrue(check.err().contains("restore the folder from a backup"), check.err());
  }

  private static String[] concat(String[] cmd, String... more) {
    String[] all = new String[cmd.length + more.length];
    System.arraycopy(cmd, 0, all, 0, cmd.length);
    System.arraycopy(more, 0, all, cmd.length, more.length);
    return all;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The biggest segment file (not the commit point, not the lock). */
  private static Path biggest(Path index) throws IOException {
    return files(index).stream()
        .filter(p -> !p.getFileName().toString().startsWith("segments_") && !p.getFileName().toString().equals("write.lock"))
        .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
  }

  private static void copy(Path from, Path to) throws IOException {
    for (Path p : files(from)) {
      Path target = to.resolve(from.relativize(p).toString());
      Files.createDirectories(target.getParent());
      Files.copy(p, target);
    }
  }

  /** Every file's name and bytes, and the list of names: any change, addition or removal shows. */
  static String hash(Path folder) throws Exception {
    TreeMap<String, String> each = new TreeMap<>();
    for (Path p : files(folder)) {
      each.put(folder.relativize(p).toString(),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
    }
    return each.toString();
  }
}
