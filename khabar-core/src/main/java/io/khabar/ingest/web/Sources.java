package io.khabar.ingest.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources file, {@code DATA/sources.json}: {@code {"sources": [{"name", "site", "feeds": [...],
 * "sitemaps": [...], "allowAddresses": [...]}]}}. Names are unique; adding a source whose name exists
 * merges its feeds into it. Written atomically (temp file + rename), so a crash never leaves half a file.
 */
public final class Sources {
  private final Path file;
  private final Map<String, Source> byName = new LinkedHashMap<>();

  private Sources(Path file) {
    this.file = file;
  }

  /** Where the sources file lives in a data folder. */
  public static Path file(Path dataDir) {
    return dataDir.resolve("sources.json");
  }

  /** Reads the sources file of a data folder (none yet: no sources). */
  public static Sources load(Path dataDir) throws IOException {
    Sources s = new Sources(file(dataDir));
    if (Files.exists(s.file)) {
      try {
        SourcesFile f = JsonFiles.JSON.readValue(s.file.toFile(), SourcesFile.class);
        for (Source src : f.sources() == null ? List.<Source>of() : f.sources()) {
          s.put(src);
        }
      } catch (IOException | IllegalArgumentException | NullPointerException e) {
        throw new IOException(s.file + ": not a valid sources file: " + e.getMessage(), e);
      }
    }
    return s;
  }

  /**
   * Adds a source to a data folder's sources file (or merges its feeds into the one of that name), after
   * checking every feed and sitemap URL ({@link FetchException} says which is refused) and its allowed
   * addresses ({@link IllegalArgumentException}). One writer at a time in a process.
   */
  public static synchronized Source add(Path dataDir, Source source) throws IOException {
    for (String url : source.feeds()) {
      UrlRules.check(url);
    }
    for (String url : source.sitemaps()) {
      UrlRules.check(url);
    }
    source.addressRules();
    Sources sources = load(dataDir);
    Source merged = sources.put(source);
    sources.save();
    return merged;
  }

  /**
   * Adds a source only under a new name (the admin API): an existing name is refused
   * ({@link NameTaken}), so nothing added this way can join a source's feeds or borrow its
   * {@code allowAddresses}, which only the sources file's owner writes. Such a source never allows a
   * private address.
   */
  public static synchronized Source addNew(Path dataDir, Source source) throws IOException {
    if (!source.allowAddresses().isEmpty()) {
      throw new IllegalArgumentException("allowAddresses can only be written in the sources file by its owner");
    }
    Sources sources = load(dataDir);
    if (sources.byName.containsKey(source.name())) {
      throw new NameTaken(source.name());
    }
    for (String url : source.feeds()) {
      UrlRules.check(url);
    }
    for (String url : source.sitemaps()) {
      UrlRules.check(url);
    }
    sources.byName.put(source.name(), source);
    sources.save();
    return source;
  }

  /** A source of that name exists already. */
  public static final class NameTaken extends IOException {
    public NameTaken(String name) {
      super("a source named '" + name + "' exists already; choose another name (only the sources file's owner can change a source)");
    }
  }

  public List<Source> all() {
    return List.copyOf(byName.values());
  }

  public Optional<Source> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Adds a source, or merges its feeds into the source of that name. Call {@link #save()} to keep it. */
  public synchronized Source put(Source source) {
    return byName.merge(source.name(), source, Source::merge);
  }

  public synchronized void save() throws IOException {
    JsonFiles.write(file, new SourcesFile(new ArrayList<>(byName.values())));
  }

  record SourcesFile(List<Source> sources) {}
}
