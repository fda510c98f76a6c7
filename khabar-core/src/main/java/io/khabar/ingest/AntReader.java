package io.khabar.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads the ANT corpus as shipped (a {@code .tar.gz} of one file per article) or one extracted
 * document. The tarball is streamed entry by entry and never unpacked to disk.
 */
public final class AntReader {
  /** No real article is near this; a larger entry is refused rather than read into memory. */
  static final int MAX_DOCUMENT_BYTES = 16 << 20;

  private final AntDocumentParser parser = new AntDocumentParser();

  public void readTarball(Path tarball, ArticleSink sink) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(tarball));
         TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        if (!e.isFile() || !e.getName().endsWith(".txt")) {
          continue; // folders, README.md, links: nothing to import
        }
        String origin = tarball.getFileName() + "!" + e.getName();
        if (e.getSize() > MAX_DOCUMENT_BYTES) {
          sink.skip(origin, "entry of " + e.getSize() + " bytes exceeds the " + MAX_DOCUMENT_BYTES + "-byte limit");
          continue;
        }
        readDocument(tar.readAllBytes(), origin, sink);
      }
    }
  }

  public void readFile(Path file, ArticleSink sink) throws IOException {
    if (Files.size(file) > MAX_DOCUMENT_BYTES) {
      sink.skip(file.toString(), "file exceeds the " + MAX_DOCUMENT_BYTES + "-byte limit");
      return;
    }
    readDocument(Files.readAllBytes(file), file.toString(), sink);
  }

  private void readDocument(byte[] bytes, String origin, ArticleSink sink) {
    try {
      sink.accept(parser.parse(Utf8.decode(bytes)), origin);
    } catch (CharacterCodingException e) {
      sink.skip(origin, "not valid UTF-8 (wrong encoding?)");
    } catch (BadRecordException e) {
      sink.skip(origin + ":" + e.line(), e.getMessage());
    }
  }

  /** True when the file looks like an ANT document (starts with {@code <DOC>}). */
  static boolean looksLikeAnt(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
      return head.startsWith("<DOC>") || head.startsWith("\u00EF\u00BB\u00BF<DOC>");
    }
  }
}
