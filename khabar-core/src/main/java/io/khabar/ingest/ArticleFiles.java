package io.khabar.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.LinkOption;
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

  /**
   * Reads a file or folder; each file that cannot be read (or not to its end) is told to
   * {@link ArticleSink#unreadable} with one sentence, and the others go on.
   */
  public void readReporting(Path path, ArticleSink sink) {
    if (Files.isDirectory(path)) {
      try {
        readFolder(path, sink);
      } catch (IOException | UncheckedIOException e) {
        rethrowStoreFailure(e);
        sink.unreadable(path.toString(), "the folder cannot be listed: " + reason(e));
      }
      return;
    }
    readFile(path, sink, false);
  }

  /** Reads a file or folder, stopping at the first input that cannot be read (evaluation, tools). */
  public void read(Path path, ArticleSink sink) throws IOException {
    try {
      readReporting(path, new ArticleSink() {
        @Override
        public void accept(io.khabar.model.Article article, String origin) {
          sink.accept(article, origin);
        }

        @Override
        public void skip(String origin, String reason) {
          sink.skip(origin, reason);
        }

        @Override
        public void unreadable(String file, String reason) {
          throw new Unreadable(new IOException(file + ": " + reason));
        }
      });
    } catch (Unreadable e) {
      throw e.getCause();
    }
  }

  private static final class Unreadable extends UncheckedIOException {
    Unreadable(IOException e) {
      super(e);
    }
  }

  private void readFile(Path path, ArticleSink sink, boolean inFolder) {
    if (!Files.exists(path)) {
      sink.unreadable(path.toString(), Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          ? "a symbolic link to nothing (its target is missing)" : "there is no such file or folder");
      return;
    }
    if (!Files.isRegularFile(path)) {
      sink.unreadable(path.toString(), "not a regular file");
      return;
    }
    try {
      readRegular(path, sink, inFolder);
    } catch (IOException | UncheckedIOException e) {
      rethrowStoreFailure(e);
      sink.unreadable(path.toString(), reason(e));
    }
  }

  private void readRegular(Path path, ArticleSink sink, boolean inFolder) throws IOException {
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
      String why = "unknown format (expected .tar.gz, .zip, .jsonl[.gz] or an ANT .txt)";
      if (inFolder) {
        sink.skip(path.toString(), why); // a folder may hold other files: reported, not a failure
      } else {
        sink.unreadable(path.toString(), why); // named by the user: it was meant to be read
      }
    }
  }

  /**
   * A folder is read in name order, so that an import is deterministic, each file on its own. Symbolic
   * links to files are followed (a folder of links to zips is read like a folder of zips); links to
   * folders are not descended (they could loop) and are named in the summary.
   */
  private void readFolder(Path folder, ArticleSink sink) throws IOException {
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(folder)) {
      entries = walk.filter(p -> !p.equals(folder)).filter(ArticleFiles::isCandidate).sorted().toList();
    }
    for (Path f : entries) {
      if (Files.isSymbolicLink(f)) {
        if (Files.isDirectory(f)) {
          sink.unreadable(f.toString(), "a symbolic link to a folder, not followed; name that folder itself to import it");
        } else {
          readFile(f, sink, true); // a link to a file, or a broken link (reported)
        }
      } else if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
        readFile(f, sink, true);
      }
    }
  }

  private static boolean isCandidate(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && !name.equals("readme.md") && !name.endsWith(".md");
  }

  private static void rethrowStoreFailure(Throwable e) {
    if (e instanceof Importer.StoreFailed f) {
      throw f;
    }
    if (e instanceof Unreadable u) {
      throw u;
    }
  }

  /** Why a file could not be read, in one phrase a person can act on (no exception class names). */
  static String reason(Throwable e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String msg = t.getMessage() == null ? "" : t.getMessage();
    if (t instanceof java.nio.file.NoSuchFileException) {
      return "there is no such file or folder";
    }
    if (t instanceof java.nio.file.AccessDeniedException) {
      return "permission denied; check the file's owner and mode";
    }
    if (t instanceof java.util.zip.ZipException || msg.contains("GZIP") || msg.contains("gzip") || msg.contains(".gz format")) {
      return "not a valid compressed archive (damaged, or not compressed although its name says so)";
    }
    if (t instanceof java.io.EOFException || msg.toLowerCase(Locale.ROOT).contains("truncated")
        || msg.contains("Unexpected end")) {
      return "it ends early (truncated or damaged); what was read before that is imported";
    }
    if (msg.isBlank()) {
      return "it cannot be read";
    }
    return clean(msg);
  }

  private static String clean(String msg) {
    return msg.replaceAll("\\b(java|org|com)\\.[\\w.$]+(Exception|Error):?\\s*", "").strip();
  }
}
