package io.khabar.lab.bench;

import io.khabar.enrich.Enricher;
import io.khabar.enrich.ner.NamedEntityFinder;
import io.khabar.lab.eval.SharedData;
import io.khabar.model.Article;
import io.khabar.model.Entity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A lab harness for changes to name finding: the shipped finder over the 4,000 oldest ANT articles (those
 * {@link EnrichmentBenchmark} imports), printing a digest of every entity found (so that two builds can be shown
 * to find the same ones) and the CPU time of this thread per article, of name finding and of whole enrichment.
 * CPU time, not wall time: the machine is shared; run builds alternately and compare medians.
 *
 * <p>Usage: {@code java -cp khabar-lab.jar io.khabar.lab.bench.NerSpeed SHARED_DATA [passes]}.
 */
public final class NerSpeed {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private NerSpeed() {}

  public static void main(String[] args) throws Exception {
    List<Article> articles = EnrichmentBenchmark.uncategorized(new SharedData(Path.of(args[0])).antArticles());
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    NamedEntityFinder finder = NamedEntityFinder.load();
    Enricher enricher = Enricher.standard();
    System.out.println("digest: " + digest(articles, finder));
    findMs(articles, finder); // warm-up: JIT and the token caches
    enrichMs(articles, enricher);
    List<Double> find = new ArrayList<>();
    List<Double> enrich = new ArrayList<>();
    for (int p = 0; p < passes; p++) {
      find.add(findMs(articles, finder));
      enrich.add(enrichMs(articles, enricher));
    }
    System.out.printf(Locale.ROOT, "find ms/article: %s median %.4f%n", find, Stats.median(find));
    System.out.printf(Locale.ROOT, "enrich ms/article: %s median %.4f%n", enrich, Stats.median(enrich));
  }

  /** SHA-256 of every article's id and entities (key, type, name, in the finder's order), and their count. */
  static String digest(List<Article> articles, NamedEntityFinder finder) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    long count = 0;
    for (Article a : articles) {
      sha.update(("#" + a.id() + "\n").getBytes(StandardCharsets.UTF_8));
      for (Entity e : finder.find(a.title(), a.text())) {
        sha.update((e.key() + "\t" + e.type() + "\t" + e.name() + "\n").getBytes(StandardCharsets.UTF_8));
        count++;
      }
    }
    return HexFormat.of().formatHex(sha.digest()) + " (" + count + " entities)";
  }

  private static double findMs(List<Article> articles, NamedEntityFinder finder) {
    long t = THREADS.getCurrentThreadCpuTime();
    long n = 0;
    for (Article a : articles) {
      n += finder.find(a.title(), a.text()).size();
    }
    return perArticle(t, articles.size(), n);
  }

  private static double enrichMs(List<Article> articles, Enricher enricher) {
    long t = THREADS.getCurrentThreadCpuTime();
    long n = 0;
    for (Article a : articles) {
      n += enricher.enrich(a).entities().size();
    }
    return perArticle(t, articles.size(), n);
  }

  private static double perArticle(long startCpu, int articles, long sink) {
    double ms = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6 / articles;
    return sink < 0 ? -1 : Math.round(ms * 10_000) / 10_000.0;
  }
}
