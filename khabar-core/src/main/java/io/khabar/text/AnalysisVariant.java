package io.khabar.text;

/**
 * The analysis chains that the evaluation compares. {@link #KHABAR} is the one Khabar uses; the
 * others exist so that every fix over Lucene's {@code ArabicAnalyzer} is measured, not assumed.
 */
public enum AnalysisVariant {
  /** Lucene's ArabicAnalyzer as shipped: the baseline. */
  LUCENE_ARABIC,
  /** + stopwords matched after normalization, extra orthographic folding (hamza carriers, Persian letters). */
  NORMALIZED,
  /** + root-waw words kept whole (وثيقة, وزير). */
  ROOT_WAW,
  /** + proper names kept unstemmed (لبنان, البحرين): Khabar's chain. */
  KHABAR;

  public boolean keepsRootWaw() {
    return this == ROOT_WAW || this == KHABAR;
  }

  public boolean protectsNames() {
    return this == KHABAR;
  }
}
