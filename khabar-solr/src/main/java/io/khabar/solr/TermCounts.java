package io.khabar.solr;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * An article's analyzed terms with their counts, computed at indexing time by the same analyzer Solr
 * indexes with, and stored as {@code "term count"} lines: what the embedded index keeps as term vectors.
 */
final class TermCounts {
  private TermCounts() {}

  static Map<String, Integer> of(Analyzer analyzer, String field, String text) {
    return io.khabar.text.TermFrequencies.of(analyzer, field, text);
  }

  /** Terms never hold a line break (the tokenizer splits on white space), nor does a count. */
  static String encode(Map<String, Integer> tf) {
    StringBuilder b = new StringBuilder(tf.size() * 12);
    tf.forEach((t, n) -> b.append(t).append(' ').append(n).append('\n'));
    return b.toString();
  }

  static Map<String, Integer> decode(String s) {
    Map<String, Integer> tf = new HashMap<>();
    if (s == null) {
      return tf;
    }
    int start = 0;
    while (start < s.length()) {
      int end = s.indexOf('\n', start);
      if (end < 0) {
        end = s.length();
      }
      int space = s.lastIndexOf(' ', end - 1);
      if (space > start) {
        tf.put(s.substring(start, space), Integer.parseInt(s.substring(space + 1, end)));
      }
      start = end + 1;
    }
    return tf;
  }
}
