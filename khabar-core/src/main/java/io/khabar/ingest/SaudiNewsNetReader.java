package io.khabar.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.model.Article;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a SaudiNewsNet daily zip: one JSON array of {@code {source, url, date_extracted, title,
 * author, content}}. The array is streamed object by object. SaudiNewsNet has no ids, so an
 * article's id is derived from its URL ({@code snn-} + 16 hex digits of its SHA-256), which stays
 * the same however often the file is imported.
 */
public final class SaudiNewsNetReader {
  /** Saudi newspapers: {@code date_extracted} is local time in Riyadh. */
  static final ZoneOffset RIYADH = ZoneOffset.ofHours(3);
  static final long MAX_ENTRY_BYTES = 512L << 20;
  /** Real SaudiNewsNet zips inflate to tens of MB; this bounds a zip bomb's time, not only its memory. */
  static final long MAX_ZIP_BYTES = 1L << 30;
  private static final DateTimeFormatter EXTRACTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxEntryBytes;
  private final long maxZipBytes;

  public SaudiNewsNetReader() {
    this(MAX_ENTRY_BYTES, MAX_ZIP_BYTES);
  }

  /** With other limits (tests: a zip bomb without inflating half a gigabyte). */
  SaudiNewsNetReader(long maxEntryBytes, long maxZipBytes) {
    this.maxEntryBytes = maxEntryBytes;
    this.maxZipBytes = maxZipBytes;
  }

  /**
   * Reads a zip file entry by entry through its central directory, so each entry stands alone: one that
   * is damaged or inflates past its budget (a zip bomb) is skipped with a message and its siblings are
   * still read. A zip without a readable central directory is streamed instead.
   */
  public void read(Path zip, ArticleSink sink) throws IOException {
    String name = zip.getFileName().toString();
    java.util.zip.ZipFile file;
    try {
      file = new java.util.zip.ZipFile(zip.toFile());
    } catch (java.util.zip.ZipException noDirectory) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(zip), 1 << 16)) {
        read(in, name, sink);
      }
      return;
    }
    try (file) {
      long budget = maxZipBytes;
      List<String> unread = new java.util.ArrayList<>();
      for (ZipEntry e : java.util.Collections.list(file.entries())) {
        if (e.isDirectory() || !e.getName().endsWith(".json")) {
          continue;
        }
        String origin = name + "!" + e.getName();
        if (budget <= 0) {
          unread.add(e.getName());
          continue;
        }
        Bounded entry = null;
        try (InputStream raw = file.getInputStream(e)) {
          entry = new Bounded(raw, Math.min(maxEntryBytes, budget));
          readArray(entry, origin, sink);
        } catch (TooLarge big) {
          sink.skip(origin, big.getMessage() + ", skipped; the zip's other entries are read");
        } catch (IOException damaged) {
          sink.skip(origin, "the entry cannot be inflated (damaged), skipped; the zip's other entries are read");
        }
        budget -= entry == null ? 0 : entry.consumed();
      }
      if (!unread.isEmpty()) {
        sink.skip(name, "more than " + maxZipBytes + " bytes inflated from this zip in all (a zip bomb?); "
            + unread.size() + " entries not read: " + String.join(", ", unread.subList(0, Math.min(10, unread.size())))
            + (unread.size() > 10 ? ", …" : ""));
      }
    }
  }

  /**
   * Reads a zip from a stream; {@code name} names it in skip messages. Entries are streamed, never
   * written to disk, so their names (even {@code ../x} or absolute) go nowhere but into messages.
   */
  void read(InputStream zipBytes, String name, ArticleSink sink) throws IOException {
    ZipInputStream in = new ZipInputStream(zipBytes);
    long budget = maxZipBytes;
    for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
      if (e.isDirectory() || !e.getName().endsWith(".json")) {
        continue;
      }
      Bounded entry = new Bounded(in, Math.min(maxEntryBytes, budget));
      try {
        readArray(entry, name + "!" + e.getName(), sink);
        entry.drain(); // skipping the rest would inflate it anyway: do it within the budget
      } catch (TooLarge big) {
        // A stream cannot get past an entry without inflating it: stop here, and say so.
        sink.skip(name + "!" + e.getName(), big.getMessage() + "; the entries after it in this zip were not read");
        return;
      }
      budget -= entry.consumed();
      if (budget <= 0) {
        throw new IOException("more than " + maxZipBytes + " bytes inflated from one zip (a zip bomb?)");
      }
    }
  }

  private void readArray(InputStream in, String origin, ArticleSink sink) throws IOException {
    // Decoded as strict UTF-8 here: left to itself, Jackson would guess UTF-16/32 from the first bytes.
    java.io.Reader utf8 = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    try (JsonParser p = JSON.getFactory().createParser(utf8)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() != JsonToken.START_ARRAY) {
        sink.skip(origin + ":1", "not a JSON array of articles");
        return;
      }
      for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY && t != null; ) {
        int line = p.currentLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          sink.skip(origin + ":" + line, "array element is not an object");
          continue;
        }
        JsonNode node = p.readValueAsTree();
        try {
          sink.accept(toArticle(node), origin + ":" + line);
        } catch (BadRecordException ex) {
          sink.skip(origin + ":" + line, ex.getMessage());
        }
      }
    } catch (java.nio.charset.CharacterCodingException ex) {
      sink.skip(origin, "not valid UTF-8 (wrong encoding?), rest of file skipped");
    } catch (JsonProcessingException ex) {
      // Past a syntax error the array cannot be resynchronised: report where, keep what was read.
      sink.skip(origin + ":" + ex.getLocation().getLineNr(), "broken JSON, rest of file skipped: " + ex.getOriginalMessage());
    }
  }

  static Article toArticle(JsonNode node) throws BadRecordException {
    String url = JsonFields.text(node, "url");
    if (url == null || url.isBlank()) {
      throw new BadRecordException(0, "missing url (the id is derived from it)");
    }
    String content = JsonFields.text(node, "content");
    if (content == null || content.isBlank()) {
      throw new BadRecordException(0, "empty text");
    }
    return new Article(idFor(url), url, JsonFields.text(node, "source"), JsonFields.text(node, "title"),
        AntDocumentParser.cleanText(content), extracted(JsonFields.text(node, "date_extracted")),
        JsonFields.text(node, "author"), null);
  }

  public static String idFor(String url) {
    return "snn-" + Article.sha256(url.strip()).substring(0, 16);
  }

  private static OffsetDateTime extracted(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(s.strip(), EXTRACTED).atOffset(RIYADH);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An entry inflating past its budget. */
  static final class TooLarge extends IOException {
    TooLarge(long max) {
      super("the entry inflates to more than " + max + " bytes (a zip bomb?)");
    }
  }

  /** Stops reading past a byte budget, so that a zip bomb cannot fill memory or time. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long left;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
      this.left = max;
    }

    void drain() throws IOException {
      byte[] buf = new byte[1 << 16];
      while (read(buf, 0, buf.length) >= 0) {
        // counted by read
      }
    }

    long consumed() {
      return max - left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        throw new TooLarge(max);
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new TooLarge(max);
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() {
      // the zip stream is closed by its owner
    }
  }
}
