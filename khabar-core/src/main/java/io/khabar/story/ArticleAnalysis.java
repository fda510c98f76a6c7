package io.khabar.story;

import io.khabar.Article;
import io.khabar.store.ArticleTerms;
import io.khabar.text.TextFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms of an article not stored yet, analyzed as the index would analyze them. */
final class ArticleAnalysis {
  private final Analyzer analyzer;

  ArticleAnalysis(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  ArticleTerms terms(Article a) {
    long published = a.published() == null ? ArticleTerms.NO_DATE : a.published().toInstant().toEpochMilli();
    return new ArticleTerms(a.id(), frequencies(a.title()), frequencies(a.text()), published,
        TextFingerprint.of(a.text()), null, null);
  }

  private Map<String, Integer> frequencies(String text) {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
    return tf;
  }
}
