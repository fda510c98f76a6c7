package io.khabar.picture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Thumbnails by article id, in {@code DATA/pictures}: one JPEG a picture, named by a hash of the id (an
 * id is any string; a file name must not be). Written whole or not at all (a temporary file moved in).
 */
public final class PictureStore {
  private final Path folder;

  public PictureStore(Path folder) {
    this.folder = folder;
  }

  public static Path folder(Path dataDir) {
    return dataDir.resolve("pictures");
  }

  public void put(String articleId, byte[] jpeg) throws IOException {
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, "picture", ".tmp");
    try {
      Files.write(tmp, jpeg);
      Files.move(tmp, file(articleId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The article's thumbnail file, if it has one. */
  public Optional<Path> find(String articleId) {
    Path f = file(articleId);
    return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
  }

  public boolean has(String articleId) {
    return Files.isRegularFile(file(articleId));
  }

  Path file(String articleId) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
      return folder.resolve(HexFormat.of().formatHex(d, 0, 16) + ".jpg");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
