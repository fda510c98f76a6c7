package io.khabar.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Near-duplicate detection for news texts: a copy of a wire story with a changed lead sentence, other
 * diacritics or spelling variants is found, an article that merely covers the same event is not.
 *
 * <pre>
 * NearDuplicates nd = NearDuplicates.defaults();
 * Signature a = nd.signature(textA);      // index a.bandKeys() as keyword terms
 * Signature b = nd.signature(textB);      // candidates: articles sharing any band key
 * boolean copy = nd.isNearDuplicate(a, b); // exact Jaccard of the shingle sets ≥ 0.8
 * </pre>
 *
 * Finding candidates is approximate (MinHash + LSH bands, see {@link LshBands} for the odds) but the
 * decision is exact: {@link #isNearDuplicate} computes the true Jaccard similarity of the two shingle sets,
 * so LSH can only lose recall (under 0.3% of pairs at the threshold with the defaults), never precision.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NearDuplicates {
  public static final double DEFAULT_THRESHOLD = 0.8;

  private final int shingleSize;
  private final double threshold;
  private final MinHash minHash;
  private final LshBands lsh;

  /**
   * @param shingleSize words per shingle (5 by default)
   * @param bands LSH bands (20 by default)
   * @param rows MinHash rows per band (6 by default); the signature has bands × rows minimums
   * @param threshold the Jaccard similarity from which two texts are near-duplicates, in (0, 1]
   */
  public NearDuplicates(int shingleSize, int bands, int rows, double threshold) {
    if (shingleSize < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, got " + shingleSize);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.shingleSize = shingleSize;
    this.threshold = threshold;
    this.lsh = new LshBands(bands, rows);
    this.minHash = new MinHash(lsh.signatureLength());
  }

  /** 5-word shingles, 20 bands of 6 rows, threshold 0.8. */
  public static NearDuplicates defaults() {
    return new NearDuplicates(Shingles.DEFAULT_SIZE, LshBands.DEFAULT_BANDS, LshBands.DEFAULT_ROWS,
        DEFAULT_THRESHOLD);
  }

  public Signature signature(String text) {
    return signature(Shingles.of(text, shingleSize));
  }

  /** The signature of an already computed shingle set (sorted unique hashes of this shingle size). */
  public Signature signature(long[] shingles) {
    if (shingles.length == 0) {
      return new Signature(shingles, List.of()); // no words: no keys, so empty texts do not all collide
    }
    return new Signature(shingles, lsh.keys(minHash.signature(shingles)));
  }

  /** Exact Jaccard similarity of the two shingle sets (0 when either text has no words). */
  public double jaccard(Signature a, Signature b) {
    return Shingles.jaccard(a.shingles(), b.shingles());
  }

  /** Exact Jaccard ≥ threshold. Whether they share a band key does not matter here: this is the verdict. */
  public boolean isNearDuplicate(Signature a, Signature b) {
    return !a.isEmpty() && !b.isEmpty() && jaccard(a, b) >= threshold;
  }

  /** Whether LSH would make the two a candidate pair: they share at least one band key. */
  public boolean sharesBand(Signature a, Signature b) {
    // Keys carry their band index and are listed in band order, so comparing position by position suffices.
    List<String> x = a.bandKeys();
    List<String> y = b.bandKeys();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      if (x.get(i).equals(y.get(i))) {
        return true;
      }
    }
    return false;
  }

  public int shingleSize() {
    return shingleSize;
  }

  public double threshold() {
    return threshold;
  }

  public LshBands bands() {
    return lsh;
  }

  /**
   * What near-duplicate detection keeps of a text: its shingle set (for exact verification) and its LSH
   * band keys (to find candidates, e.g. as keyword terms in an index).
   *
   * <p>The shingle array is shared, not copied (signatures of a whole corpus are held at once): treat it
   * as read-only. Equality compares contents.
   *
   * @param shingles sorted unique 64-bit shingle hashes, see {@link Shingles}
   * @param bandKeys one key per band in band order, see {@link LshBands}; empty when the text has no
   *     words (an empty text matches nothing)
   */
  public record Signature(long[] shingles, List<String> bandKeys) {
    public Signature {
      Objects.requireNonNull(shingles, "shingles");
      bandKeys = List.copyOf(bandKeys);
    }

    /** True when the text had no words. */
    public boolean isEmpty() {
      return shingles.length == 0;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && Arrays.equals(shingles, s.shingles) && bandKeys.equals(s.bandKeys);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(shingles) + bandKeys.hashCode();
    }

    @Override
    public String toString() {
      return "Signature[" + shingles.length + " shingles, bandKeys=" + bandKeys + "]";
    }
  }
}
