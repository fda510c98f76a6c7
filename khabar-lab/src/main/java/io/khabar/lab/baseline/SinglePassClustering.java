package io.khabar.lab.baseline;

import io.khabar.model.Article;
import io.khabar.text.KhabarAnalyzer;
import io.khabar.text.TermFrequencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The classic single-pass clustering of topic detection and tracking, the baseline of the story figures: each
 * article (oldest first) is a tf-idf vector over its whole title and text (idf from the corpus itself, Khabar's
 * analysis); it joins the story whose centroid (the mean of its members' unit vectors) is nearest if the cosine
 * reaches {@code threshold}, else it starts one. A story takes articles up to {@code reach} after its last one.
 */
public final class SinglePassClustering {
  private final double threshold;
  private final long reachMillis;

  public SinglePassClustering(double threshold, long reachMillis) {
    this.threshold = threshold;
    this.reachMillis = reachMillis;
  }

  private static final class Cluster {
    final String id;
    final Map<String, Double> sum = new HashMap<>();
    double norm2;
    long last;

    Cluster(String id) {
      this.id = id;
    }
  }

  /** Each article's story (the id of its first article); articles without a date stand alone. */
  public Map<String, String> cluster(List<Article> oldestFirst, Vectors vectors) {
    Map<String, String> storyOf = new HashMap<>();
    List<Cluster> active = new ArrayList<>();
    Map<String, Set<Cluster>> postings = new HashMap<>();
    for (Article a : oldestFirst) {
      if (a.published() == null) {
        storyOf.put(a.id(), a.id());
        continue;
      }
      long t = a.published().toInstant().toEpochMilli();
      expire(active, postings, t);
      Map<String, Double> v = vectors.of(a);
      Cluster best = nearest(v, postings);
      Cluster c = best;
      if (c == null || cosine(v, c) < threshold) {
        c = new Cluster(a.id());
        active.add(c);
      }
      add(c, v, postings);
      c.last = Math.max(c.last, t);
      storyOf.put(a.id(), c.id);
    }
    return storyOf;
  }

  private void expire(List<Cluster> active, Map<String, Set<Cluster>> postings, long t) {
    active.removeIf(c -> {
      if (t - c.last <= reachMillis) {
        return false;
      }
      c.sum.keySet().forEach(term -> postings.get(term).remove(c));
      return true;
    });
  }

  private static Cluster nearest(Map<String, Double> v, Map<String, Set<Cluster>> postings) {
    Map<Cluster, double[]> dots = new IdentityHashMap<>();
    v.forEach((term, w) -> {
      for (Cluster c : postings.getOrDefault(term, Set.of())) {
        dots.computeIfAbsent(c, x -> new double[1])[0] += w * c.sum.get(term);
      }
    });
    Cluster best = null;
    double bestCos = -1;
    for (Map.Entry<Cluster, double[]> e : dots.entrySet()) {
      double cos = e.getValue()[0] / Math.sqrt(e.getKey().norm2);
      if (cos > bestCos || (cos == bestCos && e.getKey().id.compareTo(best.id) < 0)) {
        best = e.getKey();
        bestCos = cos;
      }
    }
    return best;
  }

  private static double cosine(Map<String, Double> v, Cluster c) {
    double dot = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      dot += e.getValue() * c.sum.getOrDefault(e.getKey(), 0.0);
    }
    return c.norm2 == 0 ? 0 : dot / Math.sqrt(c.norm2);
  }

  private static void add(Cluster c, Map<String, Double> v, Map<String, Set<Cluster>> postings) {
    double dot = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      dot += e.getValue() * c.sum.getOrDefault(e.getKey(), 0.0);
    }
    c.norm2 += 2 * dot + 1;
    v.forEach((term, w) -> {
      c.sum.merge(term, w, Double::sum);
      postings.computeIfAbsent(term, x -> new HashSet<>()).add(c);
    });
  }

  /** Unit tf-idf vectors, idf from a corpus ({@code ln(N / df)}), sublinear tf, over title and text together. */
  public static final class Vectors {
    private final Analyzer analyzer = KhabarAnalyzer.create();
    private final Map<String, Integer> df = new HashMap<>();
    private final double n;

    public Vectors(List<Article> corpus) {
      for (Article a : corpus) {
        terms(a).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      }
      n = corpus.size();
    }

    private Map<String, Integer> terms(Article a) {
      Map<String, Integer> tf = new HashMap<>(TermFrequencies.of(analyzer, "text", a.title()));
      TermFrequencies.of(analyzer, "text", a.text()).forEach((t, k) -> tf.merge(t, k, Integer::sum));
      return tf;
    }

    Map<String, Double> of(Article a) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : terms(a).entrySet()) {
        double w = (1 + Math.log(e.getValue())) * Math.log(n / df.getOrDefault(e.getKey(), 1));
        if (w > 0) {
          v.put(e.getKey(), w);
          norm += w * w;
        }
      }
      double len = Math.sqrt(norm);
      v.replaceAll((t, w) -> w / len);
      return v;
    }
  }
}
