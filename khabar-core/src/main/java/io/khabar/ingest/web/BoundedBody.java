package io.khabar.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads bodies without ever holding more than a limit: the wire body is read in 64 KB steps and the
 * read stops one byte past the limit; gzip and deflate are decoded through the same bounded read, so a
 * small compressed body cannot expand into gigabytes in memory.
 */
public final class BoundedBody {
  private BoundedBody() {}

  /** At most {@code max} bytes of {@code in}; more is a {@link FetchException} (the caller closes the stream). */
  public static byte[] read(InputStream in, long max, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buf)) != -1; ) {
      total += n;
      if (total > max) {
        throw new FetchException(what + " larger than " + max + " bytes", false);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The body as the server meant it: gzip / deflate undone (at most {@code maxDecoded} bytes). */
  public static byte[] decode(byte[] raw, String contentEncoding, long maxDecoded) throws IOException {
    String enc = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    try {
      switch (enc) {
        case "", "identity" -> {
          return raw;
        }
        case "gzip", "x-gzip" -> {
          try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return read(in, maxDecoded, "decompressed body");
          }
        }
        case "deflate" -> {
          return inflate(raw, maxDecoded);
        }
        default -> throw new FetchException("unsupported Content-Encoding: " + enc, false);
      }
    } catch (ZipException | java.io.EOFException e) {
      throw new FetchException("broken " + enc + " body: " + e.getMessage(), false, e);
    }
  }

  /** HTTP "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: try both. */
  private static byte[] inflate(byte[] raw, long max) throws IOException {
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(false))) {
      return read(in, max, "decompressed body");
    } catch (ZipException e) {
      try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true))) {
        return read(in, max, "decompressed body");
      }
    }
  }
}
