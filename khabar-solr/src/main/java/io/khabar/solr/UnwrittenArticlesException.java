package io.khabar.solr;

import java.util.List;

/**
 * A batch of articles could not be written after every retry. The store keeps them: the next
 * {@code commit()} (or batch) sends them again, so none is lost while the process lives.
 */
public final class UnwrittenArticlesException extends SolrStoreException {
  private final List<String> ids;

  public UnwrittenArticlesException(List<String> ids, int attempts, Throwable cause) {
    super(ids.size() + " articles not written to Solr after " + attempts + " attempts (" + cause.getMessage()
        + "); they are kept and sent again at the next commit: " + preview(ids), cause);
    this.ids = List.copyOf(ids);
  }

  /** The ids not written yet. */
  public List<String> ids() {
    return ids;
  }

  private static String preview(List<String> ids) {
    return ids.size() <= 20 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 20)) + ", …";
  }
}
