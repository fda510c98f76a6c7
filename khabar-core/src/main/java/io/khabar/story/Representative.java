package io.khabar.story;

import io.khabar.model.Headline;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A story's headline: the title that says most of what the other titles of the story say (the one whose words
 * overlap most with theirs, cosine over word sets), not merely the first — the first report of an event is often
 * a short flash or an angle the rest of the coverage does not take. Ties go to the earlier title.
 */
final class Representative {
  private static final Analyzer ANALYZER = KhabarAnalyzer.create();

  private Representative() {}

  /** The index in {@code titles} of the representative one (0 when there is one title or none overlaps). */
  static int of(List<Headline> items) {
    List<Set<String>> words = items.stream().map(h -> words(h.title())).toList();
    int best = 0;
    double bestScore = 0;
    for (int i = 0; i < words.size(); i++) {
      double score = 0;
      for (int j = 0; j < words.size(); j++) {
        if (i != j) {
          score += cosine(words.get(i), words.get(j));
        }
      }
      if (score > bestScore + 1e-9) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static double cosine(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a) {
      shared += b.contains(w) ? 1 : 0;
    }
    return shared / Math.sqrt((double) a.size() * b.size());
  }

  static Set<String> words(String title) {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = ANALYZER.tokenStream("title", title == null ? "" : title)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
    return out;
  }
}
