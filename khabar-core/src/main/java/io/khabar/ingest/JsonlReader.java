package io.khabar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.model.Article;
import java.io.BufferedInputStream;
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
    boolean gz = file.getFileName().toString().endsWith(".gz");
    long budget = gz ? inflatedBudget(Files.size(file)) : Long.MAX_VALUE;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
         InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
      read(in, file.getFileName().toString(), sink, budget);
    }
  }

  /**
   * What a {@code .jsonl.gz} may inflate to: a hundred times its size (real news JSONL compresses 5 to 10
   * times), at least 256 MiB and at most 8 GiB. Past it the file is a gzip bomb, not news.
   */
  static long inflatedBudget(long compressedBytes) {
    return Math.min(8L << 30, Math.max(256L << 20, compressedBytes * 100));
  }

  /** Reads JSONL from a stream; {@code name} names it in skip messages. */
  void read(InputStream in, String name, ArticleSink sink) throws IOException {
    read(in, name, sink, Long.MAX_VALUE);
  }

  void read(InputStream in, String name, ArticleSink sink, long maxBytes) throws IOException {
    LineSplitter lines = new LineSplitter(in, MAX_LINE_BYTES, maxBytes);
    for (int n = 1; lines.next(); n++) {
      String origin = name + ":" + n;
      if (lines.abandoned()) {
        sink.unreadable(origin, lines.tooLong()
            ? "the line is longer than " + MAX_SKIP_BYTES + " bytes (a decompression bomb?); the rest of the file is not read"
            : "the file inflates to more than " + maxBytes + " bytes (a decompression bomb?); the rest of it is not read");
        return;
      }
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

  /** A line past {@link #MAX_LINE_BYTES} is skipped to its end, but not past this: then the file is abandoned. */
  static final long MAX_SKIP_BYTES = 64L << 20;

  /**
   * Splits a stream into lines of bytes, reading it in 64 KB blocks (never a byte per call: through a
   * GZIPInputStream that cost minutes per GiB), with a bound on what one line may hold in memory, on how
   * far an overlong line is skipped, and on the bytes read in all.
   */
  static final class LineSplitter {
    private final InputStream in;
    private final int max;
    private final long maxTotal;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long total;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private boolean abandoned;
    private boolean eof;

    LineSplitter(InputStream in, int max) {
      this(in, max, Long.MAX_VALUE);
    }

    LineSplitter(InputStream in, int max, long maxTotal) {
      this.in = in;
      this.max = max;
      this.maxTotal = maxTotal;
    }

    boolean next() throws IOException {
      if (eof || abandoned) {
        return false;
      }
      length = 0;
      tooLong = false;
      long lineBytes = 0;
      boolean any = false;
      while (true) {
        if (pos == limit) {
          if (total >= maxTotal) {
            abandoned = true;
            return true;
          }
          int n = in.read(buf, 0, (int) Math.min(buf.length, maxTotal - total));
          if (n < 0) {
            eof = true;
            return any;
          }
          pos = 0;
          limit = n;
          total += n;
        }
        any = true;
        int nl = -1;
        for (int i = pos; i < limit; i++) {
          if (buf[i] == '\n') {
            nl = i;
            break;
          }
        }
        int end = nl < 0 ? limit : nl;
        int chunk = end - pos;
        lineBytes += chunk;
        if (!tooLong) {
          if (length + chunk <= max) {
            append(pos, chunk);
          } else {
            tooLong = true;
            length = 0;
          }
        }
        pos = nl < 0 ? limit : nl + 1;
        if (nl >= 0) {
          return true;
        }
        if (tooLong && lineBytes > MAX_SKIP_BYTES) {
          abandoned = true;
          return true;
        }
      }
    }

    private void append(int from, int n) {
      if (length + n > line.length) {
        line = java.util.Arrays.copyOf(line, Math.max(length + n, Math.min(max, line.length * 2)));
      }
      System.arraycopy(buf, from, line, length, n);
      length += n;
    }

    boolean tooLong() {
      return tooLong;
    }

    /** The stream was given up: an endless line, or the byte budget spent. */
    boolean abandoned() {
      return abandoned;
    }

    /** The current line; valid up to {@link #length()}. */
    byte[] bytes() {
      return line;
    }

    int length() {
      return length;
    }
  }
}
