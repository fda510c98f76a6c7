package io.khabar.store;

import io.khabar.model.ArticleTerms;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The term-statistics role of a store: what tf-idf similarity needs, whichever engine holds the articles. */
public interface TermStatistics {

  /** Analyzed terms of the given articles, in the same order; unknown ids are left out. */
  List<ArticleTerms> terms(List<String> ids) throws IOException;

  /** For each term, in how many articles it occurs (in title or text); absent terms map to 0. */
  Map<String, Integer> docFreqs(Collection<String> terms) throws IOException;

  /** How many articles the statistics count. */
  long size() throws IOException;
}
