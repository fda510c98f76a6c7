package io.khabar.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Runs requests with retries (a node may be restarting, a shard electing its leader), and turns what
 * finally fails into a {@link SolrStoreException} that names the cluster and the collection.
 */
final class SolrCalls {
  interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  private final SolrTarget target;
  private final Retry retry;

  SolrCalls(SolrTarget target, Retry retry) {
    this.target = target;
    this.retry = retry;
  }

  <T> T read(Call<T> call) throws IOException {
    return run(call, "read from");
  }

  <T> T write(Call<T> call) throws IOException {
    return run(call, "write to");
  }

  private <T> T run(Call<T> call, String what) throws IOException {
    Exception last = null;
    for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
      try {
        return call.run();
      } catch (SolrServerException | IOException | RuntimeException e) {
        if (!retriable(e)) {
          throw new SolrStoreException("Solr refused a request on collection '" + target.collection() + "' at "
              + target.where() + ": " + rootMessage(e), e);
        }
        last = e;
        if (attempt < retry.attempts()) {
          sleep(retry.delayMillis(attempt));
        }
      }
    }
    throw new SolrStoreException("could not " + what + " collection '" + target.collection() + "' at "
        + target.where() + " after " + retry.attempts() + " attempts: " + rootMessage(last)
        + ". Check that the Solr nodes are running and reachable.", last);
  }

  /** A request Solr understood and rejected (a bad query: 400) will fail again; anything else may pass later. */
  private static boolean retriable(Exception e) {
    return !(e instanceof SolrException se && se.code() == 400);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).lines().findFirst().orElse("");
  }

  private static void sleep(long ms) throws InterruptedIOException {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry a Solr request");
    }
  }
}
