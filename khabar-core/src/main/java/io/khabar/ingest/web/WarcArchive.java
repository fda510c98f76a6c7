package io.khabar.ingest.web;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The raw responses of a crawl, kept as WARC (ISO 28500) in {@code DATA/warc/crawl-YYYY-MM-DD.warc.gz},
 * one gzip member per record so files are appended to safely. Each response record carries the body
 * exactly as received (still gzip-encoded if it came so) and two extra headers, {@code Khabar-Source}
 * and {@code Khabar-Kind} (page, feed, sitemap), so {@code reextract} can rebuild articles without
 * fetching again.
 */
public final class WarcArchive implements Closeable {
  public static final String SOURCE_HEADER = "Khabar-Source";
  public static final String KIND_HEADER = "Khabar-Kind";
  /** The date the feed gave an article page, used when the page itself gives none. */
  public static final String FEED_DATE_HEADER = "Khabar-Feed-Date";

  private final Path folder;
  private final Clock clock;
  private LocalDate day;
  private WarcWriter writer;

  public WarcArchive(Path folder, Clock clock) {
    this.folder = folder;
    this.clock = clock;
  }

  public static Path folder(Path dataDir) {
    return dataDir.resolve("warc");
  }

  public void write(FetchResult r, String source, String kind) throws IOException {
    write(r, source, kind, null);
  }

  public synchronized void write(FetchResult r, String source, String kind, java.time.OffsetDateTime feedDate)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(r.status(), "");
    for (Map.Entry<String, List<String>> h : r.headers().map().entrySet()) {
      String name = h.getKey();
      if (name.equalsIgnoreCase("transfer-encoding") || name.equalsIgnoreCase("content-length") || name.startsWith(":")) {
        continue; // the client undid the chunking; the length is that of the body kept
      }
      for (String v : h.getValue()) {
        http.addHeader(name, v);
      }
    }
    MediaType type = r.contentType().isEmpty() ? MediaType.OCTET_STREAM : MediaType.parseLeniently(r.contentType());
    http.body(type, r.raw());
    WarcResponse.Builder record = new WarcResponse.Builder(r.url())
        .date(r.fetchedAt())
        .addHeader(SOURCE_HEADER, source)
        .addHeader(KIND_HEADER, kind);
    if (feedDate != null) {
      record.addHeader(FEED_DATE_HEADER, feedDate.toString());
    }
    writer().write(record.body(http.build()).build());
  }


  private WarcWriter writer() throws IOException {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (writer == null || !today.equals(day)) {
      close();
      Files.createDirectories(folder);
      Path file = folder.resolve("crawl-" + today + ".warc.gz");
      writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND), WarcCompression.GZIP);
      day = today;
    }
    return writer;
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
  }

  /** One archived response, as {@link #read} gives it back. */
  public record Archived(URI url, String source, String kind, int status, String contentType,
      String contentEncoding, byte[] raw, java.time.OffsetDateTime feedDate) {}

  /** Every archived response in a folder's WARC files, oldest file first. */
  public static void read(Path folder, ArchivedConsumer each) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder)) {
      s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().forEach(files::add);
    }
    for (Path f : files) {
      try (WarcReader reader = new WarcReader(f)) {
        for (WarcRecord rec : reader) {
          if (rec instanceof WarcResponse resp) {
            HttpResponse http = resp.http();
            byte[] raw;
            try (MessageBody body = http.body()) {
              raw = body.stream().readAllBytes();
            }
            each.accept(new Archived(resp.targetURI(), resp.headers().first(SOURCE_HEADER).orElse(""),
                resp.headers().first(KIND_HEADER).orElse(""), http.status(),
                http.headers().first("Content-Type").orElse(""), http.headers().first("Content-Encoding").orElse(""),
                raw, resp.headers().first(FEED_DATE_HEADER).map(java.time.OffsetDateTime::parse).orElse(null)));
          }
        }
      }
    }
  }

  public interface ArchivedConsumer {
    void accept(Archived a) throws IOException;
  }
}
