package io.khabar.lab.figures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of an input. A file: of its bytes. A folder: of the listing {@code sha256sum} prints for its files
 * sorted by relative path ({@code HEX  path/to/file} lines, '/' separators), so that renaming, adding or changing
 * any file changes it, and it can be checked by hand:
 * {@code cd DIR && find . -type f -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum}.
 */
public final class Checksums {
  private Checksums() {}

  public static String of(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        return hex(digest(in));
      }
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(path)) {
      // Sorted as Strings: byte order for the ASCII names the data sets use, as LC_ALL=C sort does.
      files = walk.filter(Files::isRegularFile).sorted((a, b) -> rel(path, a).compareTo(rel(path, b))).toList();
    }
    StringBuilder listing = new StringBuilder();
    for (Path f : files) {
      listing.append(of(f)).append("  ").append(rel(path, f)).append('\n');
    }
    return hex(sha256().digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static String rel(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static byte[] digest(InputStream in) throws IOException {
    MessageDigest md = sha256();
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      md.update(buf, 0, n);
    }
    return md.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
