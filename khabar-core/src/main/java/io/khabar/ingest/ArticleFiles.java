package io.khabar.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads articles from any file or folder Khabar understands, choosing the reader by name:
 * {@code .tar.gz}/{@code .tgz} (ANT as shipped), {@code .zip} (SaudiNewsNet), {@code .jsonl}/
 * {@code .ndjson} (optionally {@code .gz}), an ANT {@code .txt} document, or a folder of these.
 */
public final class ArticleFiles {
  private final AntReader ant = new AntReader();
  private final SaudiNewsNetReader saudiNewsNet = new SaudiNewsNetReader();
  private final JsonlReader jsonl = new JsonlReader();

  public void read(Path path, ArticleSink sink) throws IOException {
    if (Files.isDirectory(path)) {
      readFolder(path, sink);
      return;
    }
    if (!Files.isRegularFile(path)) {
      sink.skip(path.toString(), "no such file");
      return;
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      ant.readTarball(path, sink);
    } else if (name.endsWith(".zip")) {
      saudiNewsNet.read(path, sink);
    } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
      jsonl.read(path, sink);
    } else if (name.endsWith(".txt") && AntReader.looksLikeAnt(path)) {
      ant.readFile(path, sink);
    } else {
      sink.skip(path.toString(), "unknown format (expected .tar.gz, .zip, .jsonl[.gz] or an ANT .txt)");
    }
  }

  /** A folder is read in name order, so that an import is deterministic; links are not followed. */
  private void readFolder(Path folder, ArticleSink sink) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).filter(ArticleFiles::isCandidate).sorted().toList();
    }
    for (Path f : files) {
      read(f, sink);
    }
  }

  private static boolean isCandidate(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && !name.equals("readme.md") && !name.endsWith(".md");
  }
}
