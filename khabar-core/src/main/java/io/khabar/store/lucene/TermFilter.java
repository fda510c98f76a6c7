package io.khabar.store.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * A Bloom filter of the terms of one field that a writable store holds (its band keys, its ids): it may answer
 * yes for a term the store does not hold (about 1% of terms), never no for one it holds.
 *
 * <p>Why: the copy test asks the store for the articles sharing any of an article's 21 keys, and 99.5% of those
 * queries over whole ANT found none (29,840 of 30,000), at about 0.5 ms each, looked up in every segment's terms
 * dictionary: 40% of grouping's time. One filter for the whole store answers most of them without a look-up.
 * (Lucene's per-segment Bloom postings format was tried and was slower: it still visits every segment.) The same
 * holds for a put, which asks whether the store already has the article's id: on an import, almost never.
 */
final class TermFilter {
  /** Bits per key at capacity, and hashes per key: about 1% false positives. */
  private static final int BITS_PER_KEY = 10;
  private static final int HASHES = 7;
  static final long MIN_CAPACITY = 1 << 20;

  private final FixedBitSet bits;
  private final long capacity;
  private long added;

  TermFilter(long capacity) {
    this.capacity = capacity;
    this.bits = new FixedBitSet(Math.toIntExact(Math.min(Integer.MAX_VALUE - 64L, capacity * BITS_PER_KEY)));
  }

  /** A filter of every key of {@code field} in the reader, with room for as many again (at least {@code min}). */
  static TermFilter of(IndexReader reader, String field, long min) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return new TermFilter(min);
    }
    long size = 0; // counted: a reader of several segments does not know how many distinct terms it has
    for (TermsEnum te = terms.iterator(); te.next() != null; ) {
      size++;
    }
    TermFilter f = new TermFilter(Math.max(min, 2 * size));
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      f.add(t);
    }
    return f;
  }

  void add(String key) {
    add(new BytesRef(key));
  }

  private void add(BytesRef key) {
    long h = hashes(key);
    for (int i = 0; i < HASHES; i++) {
      bits.set(bit(h, i));
    }
    added++;
  }

  boolean mightContain(String key) {
    long h = hashes(new BytesRef(key));
    for (int i = 0; i < HASHES; i++) {
      if (!bits.get(bit(h, i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether more keys were added than it was sized for (its false positives then grow): rebuild it bigger. */
  boolean full() {
    return added > capacity;
  }

  /** Two independent 32-bit hashes of the key, packed: the i-th bit is h1 + i·h2 (Kirsch–Mitzenmacher). */
  private static long hashes(BytesRef key) {
    int h1 = StringHelper.murmurhash3_x86_32(key, 0);
    int h2 = StringHelper.murmurhash3_x86_32(key, h1);
    return ((long) h1 << 32) | (h2 & 0xffffffffL);
  }

  private int bit(long hashes, int i) {
    int h1 = (int) (hashes >>> 32);
    int h2 = (int) hashes;
    return (int) Math.floorMod(h1 + (long) i * h2, (long) bits.length());
  }
}
