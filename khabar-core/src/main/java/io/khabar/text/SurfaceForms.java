package io.khabar.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Maps each analyzed term back to a word as a reader wrote it (روس → روسيا), so that explanations
 * show words, not stems. The first occurrence wins: titles are passed first.
 */
public final class SurfaceForms {
  private SurfaceForms() {}

  public static Map<String, String> of(Analyzer analyzer, String... texts) {
    Map<String, String> forms = new HashMap<>();
    for (String text : texts) {
      try (TokenStream ts = analyzer.tokenStream("text", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          forms.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // analysing a String does no I/O
      }
    }
    return forms;
  }
}
