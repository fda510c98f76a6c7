package io.khabar.lab.train;

import io.khabar.model.Article;
import io.khabar.text.KhabarAnalyzer;
import io.khabar.text.TermFrequencies;
import io.khabar.text.TextFingerprint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.Analyzer;

/**
 * Counts in how many articles each analyzed term occurs, for the background table story grouping blends with a
 * store's counts ({@link io.khabar.text.BackgroundFrequencies}). Exact copies (same text fingerprint) count once:
 * SaudiNewsNet carries one agency text in many papers, and counting each copy would make its words look common.
 * Deterministic: the same corpora give the same bytes (terms sorted, no time stamp, gzip without a name or time).
 */
public final class BackgroundTable {
  private final Analyzer analyzer = KhabarAnalyzer.create();
  private final Map<String, Integer> df = new HashMap<>(1 << 20);
  private final Set<String> seenTexts = new HashSet<>();
  private long documents;

  public void add(Article a) {
    if (!seenTexts.add(TextFingerprint.of(a.text()))) {
      return;
    }
    documents++;
    Set<String> terms = new HashSet<>(TermFrequencies.of(analyzer, "text", a.title()).keySet());
    terms.addAll(TermFrequencies.of(analyzer, "text", a.text()).keySet());
    for (String t : terms) {
      df.merge(t, 1, Integer::sum);
    }
  }

  public long documents() {
    return documents;
  }

  /** Writes the table (terms in two documents or more), gzipped; returns how many terms it holds. */
  public int write(OutputStream out) throws IOException {
    TreeMap<String, Integer> kept = new TreeMap<>();
    df.forEach((t, n) -> {
      if (n >= 2) {
        kept.put(t, n);
      }
    });
    // GZIPOutputStream writes no file name and a zero time stamp: the bytes depend on the counts alone.
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16), StandardCharsets.UTF_8)) {
      w.write("# documents=" + documents + "\n");
      for (Map.Entry<String, Integer> e : kept.entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(Integer.toString(e.getValue()));
        w.write('\n');
      }
    }
    return kept.size();
  }
}
