package io.khabar.ingest;

import io.khabar.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Articles read from files, handed on in runs sorted by date. Archives come in whatever order their authors
 * chose (the ANT tarball is outlet by outlet, section by section, dates shuffled). Grouped in that order, nearly
 * every article falls outside the dates whose stories are in memory and those are read back from the store each
 * time (an import of ANT did not end in 13 minutes); and an article that comes after later news of its event
 * meets a centroid weighed towards that later news. Sorted, an archive is grouped as if its news came in order.
 *
 * <p>The articles wait compressed (each deflated alone: about half their size as Java strings), so a whole
 * archive usually fits in one run. ANT's 31.5k articles need about 75 MB: with a 64 MB budget the tarball took two
 * runs, and the second one's articles, older than stories already formed, lost recall. A run is a fixed stretch
 * of reading (a count, or a
 * compressed-size budget), so a rerun after a crash forms the same runs and stores in the same order: the resume
 * promise of docs/durability.md holds. The sort is by instant, undated last, then by id, then
 * in reading order: an input already in that order is stored as read.
 */
final class DateOrderWindow {
  /** An article waiting for its run to be full, with its place in reading order. */
  static final class Item {
    private final OffsetDateTime published;
    private final long seq;
    private final String origin;
    private final String id;
    private final byte[] packed; // null: kept as is
    private final Article kept;

    private Item(Article a, String origin, long seq, byte[] packed) {
      this.published = a.published();
      this.seq = seq;
      this.origin = origin;
      this.id = a.id();
      this.packed = packed;
      this.kept = packed == null ? a : null;
    }

    Article article() {
      return kept != null ? kept : unpack(packed);
    }

    String id() {
      return id;
    }

    String origin() {
      return origin;
    }

    long seq() {
      return seq;
    }

    int size() {
      return packed == null ? 2 * (kept.title().length() + kept.text().length()) : packed.length;
    }
  }

  /**
   * By instant, then by id as {@code restory} walks a store (so a rebuild meets articles of the same minute in the
   * import's order and names their stories alike), then in reading order (two versions of one article keep theirs).
   */
  private static final Comparator<Item> BY_DATE = Comparator
      .comparing((Item i) -> i.published == null ? null : i.published.toInstant(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing((Item i) -> i.id)
      .thenComparingLong(Item::seq);

  private final int maxArticles;
  private final long maxBytes;
  private final List<Item> items = new ArrayList<>();
  private long bytes;
  private long seq;
  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);

  /**
   * @param maxArticles a run holds at most this many articles
   * @param maxBytes and at most about this many bytes of them, compressed (bounds the heap it takes)
   */
  DateOrderWindow(int maxArticles, long maxBytes) {
    if (maxArticles < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a window holds at least one article");
    }
    this.maxArticles = maxArticles;
    this.maxBytes = maxBytes;
  }

  /** Adds an article; true when the run is full and should be {@link #drain drained}. */
  boolean add(Article a, String origin) {
    // Enriched input (entities, topic) is rare in files: kept as read rather than packed field by field.
    boolean plain = a.entities().isEmpty() && a.topic().isEmpty();
    Item i = new Item(a, origin, seq++, plain ? pack(a) : null);
    items.add(i);
    bytes += i.size();
    return items.size() >= maxArticles || bytes >= maxBytes;
  }

  /** The run, oldest first (undated last, ties in reading order); the window is then empty. */
  List<Item> drain() {
    List<Item> run = new ArrayList<>(items);
    run.sort(BY_DATE);
    items.clear();
    bytes = 0;
    return run;
  }

  /** Articles waiting in the run being read. */
  int size() {
    return items.size();
  }

  /** Frees the compressor's native memory. */
  void close() {
    deflater.end();
  }

  private byte[] pack(Article a) {
    deflater.reset();
    ByteArrayOutputStream buf = new ByteArrayOutputStream(a.text().length() / 2 + 64);
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(buf, deflater))) {
      for (String s : new String[] {a.id(), a.url(), a.source(), a.title(), a.text(), a.author(), a.category(),
          a.published() == null ? "" : a.published().toString()}) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
    return buf.toByteArray();
  }

  private static Article unpack(byte[] packed) {
    try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(packed)))) {
      String[] f = new String[8];
      for (int k = 0; k < f.length; k++) {
        f[k] = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
      }
      return new Article(f[0], f[1], f[2], f[3], f[4], f[7].isEmpty() ? null : OffsetDateTime.parse(f[7]), f[5], f[6]);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
  }
}
