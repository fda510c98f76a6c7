package io.khabar.story;

import io.khabar.model.Article;
import io.khabar.store.TermStatistics;
import io.khabar.text.BackgroundFrequencies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns an article into the vector story grouping compares: its title (weighed {@code titleWeight}), its lead
 * and the first {@code bodyTerms} terms of its text, without the lines its outlet repeats; each term weighed
 * {@code (1 + ln count) × idf}, the idf counting the shipped background corpus and the store together
 * ({@code ln((N + 1) / (df + 1))}): with the store's counts alone, a store of a dozen articles finds every word
 * rare and groups unrelated events. Keeps the heaviest {@code vectorTerms}, at unit length.
 *
 * <p>The store's document frequencies are cached until the next commit ({@link #forget()}): a term's frequency
 * moves little within one batch, and one store call per new term instead of per article keeps grouping cheap.
 */
final class StoryVectors {
  private final Analyzer analyzer;
  private final TermStatistics store;
  private final BackgroundFrequencies background;
  private final StoryConfig config;
  /**
   * Each term's document frequency, background and store counts together; the store's as first read after the
   * last commit ({@link #forget}), however the store grew since.
   */
  private final Map<String, Integer> df = new HashMap<>();

  StoryVectors(Analyzer analyzer, TermStatistics store, BackgroundFrequencies background, StoryConfig config) {
    this.analyzer = analyzer;
    this.store = store;
    this.background = background;
    this.config = config;
  }

  StoryVector of(Article a, List<String> keptLines) throws IOException {
    Map<String, Double> raw = new LinkedHashMap<>();
    count(a.title(), config.titleWeight(), Integer.MAX_VALUE, 0, raw);
    if (!keptLines.isEmpty()) {
      count(String.join("\n", keptLines), 1, config.bodyTerms(), keptLines.get(0).length(), raw);
    }
    return weigh(raw);
  }

  /** Drops the cached store frequencies: after a commit they are read again. */
  void forget() {
    df.clear();
  }

  /**
   * Adds {@code weight} for each of the first {@code max} terms of {@code text}, and 1 more for each term that
   * begins before {@code leadEnd}: the lead (the first kept line) counts twice, read in the same pass as the text
   * it begins (a line break ends a token, so its terms there are the terms it has alone).
   */
  private void count(String text, double weight, int max, int leadEnd, Map<String, Double> raw) {
    if (text.isEmpty()) {
      return;
    }
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      for (int n = 0; ts.incrementToken(); n++) {
        boolean inLead = offset.startOffset() < leadEnd;
        if (n >= max && !inLead) {
          break;
        }
        String t = term.toString();
        if (inLead) {
          raw.merge(t, 1.0, Double::sum);
        }
        if (n < max) {
          raw.merge(t, weight, Double::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
  }

  private StoryVector weigh(Map<String, Double> raw) throws IOException {
    if (raw.isEmpty()) {
      return StoryVector.EMPTY;
    }
    fetchDf(raw.keySet());
    double n = background.documents() + store.size();
    List<Map.Entry<String, Double>> weighted = new ArrayList<>(raw.size());
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      double termDf = df.get(e.getKey());
      weighted.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * Math.log((n + 1) / (termDf + 1))));
    }
    weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    int k = Math.min(config.vectorTerms(), weighted.size());
    String[] terms = new String[k];
    double[] weights = new double[k];
    double norm = 0;
    for (int i = 0; i < k; i++) {
      terms[i] = weighted.get(i).getKey();
      weights[i] = weighted.get(i).getValue();
      norm += weights[i] * weights[i];
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return StoryVector.EMPTY;
    }
    for (int i = 0; i < k; i++) {
      weights[i] /= norm;
    }
    return new StoryVector(terms, weights);
  }

  private void fetchDf(java.util.Collection<String> terms) throws IOException {
    List<String> missing = new ArrayList<>();
    for (String t : terms) {
      if (!df.containsKey(t)) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      Map<String, Integer> got = store.docFreqs(missing);
      for (String t : missing) {
        df.put(t, background.df(t) + got.getOrDefault(t, 0));
      }
    }
  }
}
