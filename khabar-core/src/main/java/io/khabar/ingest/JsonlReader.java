package io.khabar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.model.Article;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.zip.GZIPInputStream;

/**
 * Reads JSONL: one article per line,
 * {@code {"id","url","source","title","text","published","author","category"}}; {@code id} and a
 * non-empty {@code text} are required, {@code published} is ISO-8601 (see {@link Dates}). A
 * {@code .gz} file is decompressed on the fly. Lines are read as bytes so that a line in a wrong
 * encoding is reported alone instead of failing the whole file.
 */
public final class JsonlReader {
  static final int MAX_LINE_BYTES = 16 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  public void read(Path file, ArticleSink sink) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
         InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      read(in, file.getFileName().toString(), sink);
    }
  }

  /** Reads JSONL from a stream; {@code name} names it in skip messages. */
  void read(InputStream in, String name, ArticleSink sink) throws IOException {
    LineSplitter lines = new LineSplitter(in, MAX_LINE_BYTES);
    for (int n = 1; lines.next(); n++) {
      String origin = name + ":" + n;
      if (lines.tooLong()) {
        sink.skip(origin, "line longer than " + MAX_LINE_BYTES + " bytes");
      } else {
        readLine(lines.bytes(), lines.length(), origin, sink);
      }
    }
  }

  private void readLine(byte[] bytes, int length, String origin, ArticleSink sink) {
    try {
      String line = Utf8.decode(bytes, 0, length);
      if (!line.isBlank()) {
        sink.accept(parse(line), origin);
      }
    } catch (CharacterCodingException e) {
      sink.skip(origin, "not valid UTF-8 (wrong encoding?)");
    } catch (BadRecordException e) {
      sink.skip(origin, e.getMessage());
    }
  }

  /** Parses one JSON line into an article. */
  public static Article parse(String line) throws BadRecordException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadRecordException(0, "broken JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadRecordException(0, "not a JSON object");
    }
    String id = JsonFields.text(node, "id");
    if (id == null || id.isBlank()) {
      throw new BadRecordException(0, "missing id");
    }
    String text = JsonFields.text(node, "text");
    if (text == null || text.isBlank()) {
      throw new BadRecordException(0, "empty text");
    }
    try {
      return new Article(id.strip(), JsonFields.text(node, "url"), JsonFields.text(node, "source"),
          JsonFields.text(node, "title"), text, Dates.parseIso(JsonFields.text(node, "published")),
          JsonFields.text(node, "author"), JsonFields.text(node, "category"));
    } catch (DateTimeParseException e) {
      throw new BadRecordException(0, "published is not an ISO-8601 date: " + JsonFields.text(node, "published"));
    }
  }

  /** Splits a stream into lines of bytes, with a bound on what one line may hold in memory. */
  static final class LineSplitter {
    private final InputStream in;
    private final int max;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean tooLong;
    private boolean eof;

    LineSplitter(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    boolean next() throws IOException {
      if (eof) {
        return false;
      }
      line.reset();
      tooLong = false;
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') {
          return true;
        }
        if (line.size() < max) {
          line.write(b);
        } else {
          tooLong = true;
        }
      }
      eof = true;
      return any;
    }

    boolean tooLong() {
      return tooLong;
    }

    /** The current line; valid up to {@link #length()}. */
    byte[] bytes() {
      return line.toByteArray();
    }

    int length() {
      return line.size();
    }
  }
}
