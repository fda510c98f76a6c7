package io.khabar.lab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.lab.figures.InputCheck.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumsTest {
  @TempDir
  Path dir;

  @Test
  void aFileIsTheSha256OfItsBytes() throws IOException {
    Path f = Files.writeString(dir.resolve("abc.txt"), "abc");
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Checksums.of(f));
  }

  /** The folder checksum is the sha256sum listing of its files sorted by path, as the shell recipe computes it. */
  @Test
  void aFolderIsTheSha256OfItsSortedListing() throws Exception {
    Path folder = folder("f");
    String listing = sha("b") + "  a.txt\n" + sha("c") + "  sub/b.txt\n";
    assertEquals(sha(listing), Checksums.of(folder));
  }

  @Test
  void aFolderChecksumChangesWithAnyContentOrName() throws IOException {
    String before = Checksums.of(folder("f"));
    assertEquals(before, Checksums.of(folder("g")), "same names and contents elsewhere: same checksum");
    Files.writeString(dir.resolve("f/sub/b.txt"), "C");
    assertNotEquals(before, Checksums.of(dir.resolve("f")));
    Files.move(dir.resolve("g/a.txt"), dir.resolve("g/z.txt"));
    assertNotEquals(before, Checksums.of(dir.resolve("g")));
  }

  @Test
  void aChangedInputIsReportedAsSuch() throws IOException {
    Path f = Files.writeString(dir.resolve("pairs.tsv"), "a\tb\tsame\n");
    Path gone = dir.resolve("gone.tsv");
    Path fresh = Files.writeString(dir.resolve("new.tsv"), "x");
    PinnedSection pinned = new PinnedSection("s", "s", "cmd", null, null, List.of(
        new PinnedInput("pairs", f.toString(), Checksums.of(f)),
        new PinnedInput("gone", gone.toString(), "0".repeat(64))), List.of());

    InputCheck same = InputCheck.of(pinned, List.of(new Input("pairs", f)));
    assertEquals(Status.SAME, same.rows().get(0).status());
    assertFalse(same.failed());

    Files.writeString(f, "a\tb\tdifferent\n");
    InputCheck changed = InputCheck.of(pinned, List.of(new Input("pairs", f), new Input("gone", gone),
        new Input("new", fresh)));
    assertEquals(List.of(Status.CHANGED, Status.MISSING, Status.NOT_PINNED),
        changed.rows().stream().map(InputCheck.Row::status).toList());
    assertTrue(changed.failed());
    assertTrue(changed.missing());
    assertTrue(changed.table().contains("CHANGED INPUT"), changed.table());
    assertFalse(InputCheck.of(pinned, List.of(new Input("new", fresh))).failed(), "never pinned: shown, not failing");
  }

  private Path folder(String name) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.resolve("sub"));
    Files.writeString(f.resolve("sub/b.txt"), "c");
    Files.writeString(f.resolve("a.txt"), "b");
    return f;
  }

  private static String sha(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
