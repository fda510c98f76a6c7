package io.khabar.enrich.topic;

import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words a topic is decided on: Khabar's stems of the title (marked {@code t:}, since a title word
 * says more than a body word) and of the start of the text. Reading at most {@link #MAX_TEXT_CHARS}
 * characters bounds the time per article whatever its length; the lead paragraphs carry the topic.
 */
public final class TopicFeatures {
  static final int MAX_TITLE_CHARS = 1_000;
  static final int MAX_TEXT_CHARS = 6_000;

  private final Analyzer analyzer;

  public TopicFeatures() {
    this(KhabarAnalyzer.create());
  }

  TopicFeatures(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The features of one article; empty when it has no word at all. */
  public String[] of(String title, String text) {
    List<String> out = new ArrayList<>();
    add(out, "t:", head(title, MAX_TITLE_CHARS));
    add(out, "", head(text, MAX_TEXT_CHARS));
    return out.toArray(String[]::new);
  }

  private void add(List<String> out, String prefix, String s) {
    if (s.isEmpty()) {
      return;
    }
    try (TokenStream ts = analyzer.tokenStream("text", s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(prefix + term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of a string cannot fail", e);
    }
  }

  static String head(String s, int max) {
    if (s == null) {
      return "";
    }
    // Never cut a surrogate pair in two.
    int end = Math.min(s.length(), max);
    if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
