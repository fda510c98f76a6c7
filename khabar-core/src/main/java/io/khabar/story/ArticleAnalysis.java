package io.khabar.story;

import io.khabar.model.Article;
import io.khabar.model.ArticleTerms;
import io.khabar.text.TermFrequencies;
import io.khabar.text.TextFingerprint;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** The terms of an article not stored yet, analyzed as the index would analyze them, with its entity keys. */
final class ArticleAnalysis {
  private final Analyzer analyzer;

  ArticleAnalysis(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  ArticleTerms terms(Article a) {
    long published = a.published() == null ? ArticleTerms.NO_DATE : a.published().toInstant().toEpochMilli();
    return new ArticleTerms(a.id(), frequencies(a.title()), frequencies(a.text()), published,
        TextFingerprint.of(a.text()), null, null, entityKeys(a));
  }

  private static Set<String> entityKeys(Article a) {
    Set<String> keys = new HashSet<>();
    a.entities().forEach(e -> keys.add(e.key()));
    return keys;
  }

  private Map<String, Integer> frequencies(String text) {
    return TermFrequencies.of(analyzer, "text", text);
  }
}
