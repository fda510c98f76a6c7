package io.khabar.dedup;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Locality-sensitive hashing over a MinHash signature: the signature is cut into b bands of r rows, and
 * each band becomes one keyword term such as {@code "b07:9f3a5c0e12d4b6a8"} (band index, then a 64-bit
 * hash of the band's r minimums). Two texts are candidates when they share any key, i.e. when they agree
 * on all r rows of at least one band. With Jaccard similarity s that happens with probability
 * {@code 1 - (1 - s^r)^b}, an S-curve whose steep part the defaults place just below 0.8.
 *
 * <p>Defaults r = 6, b = 20 (k = 120 minimums):
 * <pre>
 *   s     0.30   0.40   0.50   0.60   0.70   0.75   0.80    0.85     0.90
 *   P     0.014  0.079  0.270  0.615  0.918  0.980  0.9977  0.99992  0.9999997
 * </pre>
 * So a pair at the 0.8 threshold is missed less than once in 400, while pairs at 0.5 become candidates
 * about a quarter of the time and at 0.4 less than one in twelve; every candidate is then checked by
 * exact Jaccard, so looser pairs cost verification time, never precision. More rows would cut candidates
 * further but move the curve right (r = 7, b = 20 gives only 0.991 at 0.8); more bands cost index terms.
 *
 * <p>The band index is part of the key so that equal rows in different bands do not collide, and the
 * key is plain ASCII so it can be indexed as a keyword term.
 */
public final class LshBands {
  public static final int DEFAULT_BANDS = 20;
  public static final int DEFAULT_ROWS = 6;

  private static final HexFormat HEX = HexFormat.of();

  private final int bands;
  private final int rows;

  public LshBands(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be at least 1, got " + bands + " and " + rows);
    }
    if (bands > 100) {
      throw new IllegalArgumentException("at most 100 bands (keys carry a 2-digit band index), got " + bands);
    }
    this.bands = bands;
    this.rows = rows;
  }

  public static LshBands defaults() {
    return new LshBands(DEFAULT_BANDS, DEFAULT_ROWS);
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The MinHash length these bands need: bands × rows. */
  public int signatureLength() {
    return bands * rows;
  }

  /** One key per band, in band order. */
  public List<String> keys(long[] signature) {
    if (signature.length != signatureLength()) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " values, bands need " + signatureLength());
    }
    List<String> keys = new ArrayList<>(bands);
    for (int band = 0; band < bands; band++) {
      long h = band;
      for (int row = band * rows; row < (band + 1) * rows; row++) {
        h = MinHash.mix(h ^ signature[row]);
      }
      keys.add(prefix(band) + HEX.toHexDigits(h));
    }
    return keys;
  }

  /** The probability that two sets at Jaccard {@code s} share at least one band: 1 - (1 - s^r)^b. */
  public double shareProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  private static String prefix(int band) {
    return band < 10 ? "b0" + band + ":" : "b" + band + ":";
  }
}
