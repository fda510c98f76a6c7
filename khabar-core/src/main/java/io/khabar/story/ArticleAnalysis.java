package io.khabar.story;

import io.khabar.Article;
import io.khabar.store.ArticleTerms;
import io.khabar.text.TermFrequencies;
import io.khabar.text.TextFingerprint;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

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
    return TermFrequencies.of(analyzer, "text", text);
  }
}
