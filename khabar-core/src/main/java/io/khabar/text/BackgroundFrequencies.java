package io.khabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * In how many articles of a large background corpus each analyzed term occurs, shipped with Khabar
 * ({@value #RESOURCE}, built by the lab's {@code ./khabar build-background} from ANT and SaudiNewsNet). Blended
 * with a store's own counts, it lets a store of a dozen articles weigh words as a big one does: with only a
 * store's counts, every word of a tiny store looks rare and unrelated events look alike.
 *
 * <p>File format: gzipped UTF-8 lines; the first is {@code # documents=N}, then {@code term<TAB>df}, one term a
 * line, terms as {@link KhabarAnalyzer} makes them. Terms found in fewer than two documents are left out.
 */
public final class BackgroundFrequencies {
  public static final String RESOURCE = "/io/khabar/text/background-df.txt.gz";
  private static final String HEADER = "# documents=";

  private static volatile BackgroundFrequencies shipped;

  private final Map<String, Integer> df;
  private final long documents;

  public BackgroundFrequencies(Map<String, Integer> df, long documents) {
    this.df = df;
    this.documents = documents;
  }

  /** No background: a store counts alone. */
  public static BackgroundFrequencies none() {
    return new BackgroundFrequencies(Map.of(), 0);
  }

  /** The table shipped with Khabar, read once. */
  public static BackgroundFrequencies shipped() {
    BackgroundFrequencies s = shipped;
    if (s == null) {
      synchronized (BackgroundFrequencies.class) {
        if (shipped == null) {
          shipped = load();
        }
        s = shipped;
      }
    }
    return s;
  }

  private static BackgroundFrequencies load() {
    try (InputStream raw = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("no background frequencies at " + RESOURCE + ": run ./khabar build-background");
      }
      return read(new GZIPInputStream(raw));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the format above (not gzipped). */
  public static BackgroundFrequencies read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String first = r.readLine();
    if (first == null || !first.startsWith(HEADER)) {
      throw new IOException("not a background frequency table: first line must be '" + HEADER + "N'");
    }
    long n = Long.parseLong(first.substring(HEADER.length()).strip());
    Map<String, Integer> df = new HashMap<>(1 << 18);
    for (String line; (line = r.readLine()) != null; ) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    }
    return new BackgroundFrequencies(df, n);
  }

  /** The term's document frequency in the background corpus; 0 when it is rarer than twice or unknown. */
  public int df(String term) {
    return df.getOrDefault(term, 0);
  }

  public long documents() {
    return documents;
  }

  public int terms() {
    return df.size();
  }
}
