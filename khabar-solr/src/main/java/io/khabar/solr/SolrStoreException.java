package io.khabar.solr;

import java.io.IOException;

/** Solr cannot serve Khabar as asked; the message says what to do. */
public class SolrStoreException extends IOException {
  public SolrStoreException(String message) {
    super(message);
  }

  public SolrStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
