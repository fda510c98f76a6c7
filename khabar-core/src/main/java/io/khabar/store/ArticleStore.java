package io.khabar.store;

import io.khabar.Article;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where articles live. Implementations: the embedded Lucene index (default) and, later, SolrCloud.
 * Related-article and story logic talk only to this interface.
 */
public interface ArticleStore extends Closeable {

  /** Stores an article, or recognises it as already stored. Not durable until {@link #commit()}. */
  PutResult put(Article article) throws IOException;

  /** Makes every put so far durable: once this returns, a crash loses none of them. */
  void commit() throws IOException;

  Optional<Article> get(String id) throws IOException;

  long size() throws IOException;

  /** Newest first; {@code source} null means every outlet. Articles without a date come last. */
  List<Article> latest(int n, String source) throws IOException;

  /** Number of articles per outlet, largest first. */
  Map<String, Long> countBySource() throws IOException;

  SearchPage search(SearchQuery query) throws IOException;

  /** Analyzed terms of the given articles, in the same order; unknown ids are left out. */
  List<ArticleTerms> terms(List<String> ids) throws IOException;

  /** For each term, in how many articles it occurs (in title or text); absent terms map to 0. */
  Map<String, Integer> docFreqs(Collection<String> terms) throws IOException;

  /** Ids of candidate related articles, best lexical match first. */
  List<String> candidates(CandidateQuery query) throws IOException;
}
