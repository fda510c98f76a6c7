package io.khabar.lab.train;

import io.khabar.model.Article;
import io.khabar.text.KhabarAnalyzer;
import io.khabar.text.SpellingVariants;
import io.khabar.text.TextFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Learns which analyzed terms are one word spelled two ways by different outlets (ترمب/ترامب, بوتن/بوتين,
 * اميركا/امريكا, نتنياهو/نتانياهو), from unlabelled corpora, in two passes over the same articles:
 * <ol>
 *   <li>{@link #count}: each term's document frequency, overall and per outlet.</li>
 *   <li>{@link #observe}: for the candidate pairs only, how often they share an article, and the words around
 *       each.</li>
 * </ol>
 * A pair is a variant when all of these hold (each a property of a house spelling, none of a word pair):
 * <ul>
 *   <li>same letters once the inner long vowels ا و ي are dropped (only a vowel letter tells them apart);</li>
 *   <li>each in at least {@value #MIN_DF} articles (a rare form is noise);</li>
 *   <li>their outlets differ: half or more of the mass of their per-outlet distributions differ
 *       ({@value #MIN_OUTLET_DIVERGENCE} of total variation distance), since an outlet keeps one spelling;</li>
 *   <li>they rarely meet in one article (at most {@value #MAX_SHARED} of the rarer's articles): one writer uses
 *       one spelling, while محمد and محمود or البطن and الباطن meet all the time or never share an outlet pattern;</li>
 *   <li>the words around them are alike (cosine of idf-weighted neighbour counts ≥ {@value #MIN_CONTEXT}).</li>
 * </ul>
 * The thresholds were read off the ranked candidate list of ANT alone (the pairs above them are spellings;
 * below, pairs like للذهاب/للذهب appear), not tuned on any story gold. Deterministic.
 */
public final class SpellingVariantLearner {
  static final int MIN_DF = 20;
  static final double MIN_OUTLET_DIVERGENCE = 0.5;
  static final double MAX_SHARED = 0.15;
  static final double MIN_CONTEXT = 0.5;
  private static final int WINDOW = 3;

  private final Analyzer analyzer = KhabarAnalyzer.create();
  private final Map<String, Integer> df = new HashMap<>(1 << 20);
  private final Map<String, Map<String, Integer>> outletDf = new HashMap<>(1 << 20);
  private final Map<String, Integer> outletDocs = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private long documents;
  private List<String[]> candidates;
  private Set<String> watched;
  private final Map<String, Map<String, Integer>> context = new HashMap<>();
  private final Map<String, Integer> shared = new HashMap<>();

  /** First pass: counts. Exact copies count once (SaudiNewsNet's agency texts appear in many papers). */
  public void count(Article a) {
    if (!seen.add(TextFingerprint.of(a.text()))) {
      return;
    }
    documents++;
    String outlet = a.source() == null ? "" : a.source();
    outletDocs.merge(outlet, 1, Integer::sum);
    for (String t : new HashSet<>(terms(a))) {
      df.merge(t, 1, Integer::sum);
      outletDf.computeIfAbsent(t, x -> new HashMap<>(4)).merge(outlet, 1, Integer::sum);
    }
  }

  /** Between the passes: the pairs that share a skeleton, are frequent, and come from different outlets. */
  public int chooseCandidates() {
    Map<String, List<String>> bySkeleton = new TreeMap<>();
    df.entrySet().stream().filter(e -> e.getValue() >= MIN_DF).map(Map.Entry::getKey).sorted().forEach(t -> {
      String k = SpellingVariants.skeleton(t);
      if (k != null) {
        bySkeleton.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
      }
    });
    candidates = new ArrayList<>();
    watched = new HashSet<>();
    for (List<String> group : bySkeleton.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          if (outletDivergence(group.get(i), group.get(j)) >= MIN_OUTLET_DIVERGENCE) {
            candidates.add(new String[] {group.get(i), group.get(j)});
            watched.add(group.get(i));
            watched.add(group.get(j));
          }
        }
      }
    }
    seen.clear();
    return candidates.size();
  }

  /** Second pass (the same articles again): shared articles and neighbours of the candidates. */
  public void observe(Article a) {
    if (!seen.add(TextFingerprint.of(a.text()))) {
      return;
    }
    List<String> ts = terms(a);
    Set<String> here = new HashSet<>();
    for (int i = 0; i < ts.size(); i++) {
      String t = ts.get(i);
      if (!watched.contains(t)) {
        continue;
      }
      here.add(t);
      Map<String, Integer> c = context.computeIfAbsent(t, x -> new HashMap<>());
      for (int j = Math.max(0, i - WINDOW); j <= Math.min(ts.size() - 1, i + WINDOW); j++) {
        if (j != i) {
          c.merge(ts.get(j), 1, Integer::sum);
        }
      }
    }
    for (String[] p : candidates) {
      if (here.contains(p[0]) && here.contains(p[1])) {
        shared.merge(p[0] + "\t" + p[1], 1, Integer::sum);
      }
    }
  }

  /** The accepted pairs, each with its measures, sorted. */
  public List<Pair> pairs() {
    List<Pair> out = new ArrayList<>();
    for (String[] p : candidates) {
      int together = shared.getOrDefault(p[0] + "\t" + p[1], 0);
      double sharedShare = together / (double) Math.min(df.get(p[0]), df.get(p[1]));
      double ctx = contextCosine(p[0], p[1]);
      if (sharedShare <= MAX_SHARED && ctx >= MIN_CONTEXT) {
        out.add(new Pair(p[0], p[1], df.get(p[0]), df.get(p[1]), outletDivergence(p[0], p[1]), sharedShare, ctx));
      }
    }
    return out;
  }

  public long documents() {
    return documents;
  }

  public int df(String term) {
    return df.getOrDefault(term, 0);
  }

  public record Pair(String a, String b, int dfA, int dfB, double outlets, double shared, double context) {}

  /** Total variation distance between the two terms' outlet distributions (each outlet's df over its size). */
  private double outletDivergence(String a, String b) {
    Map<String, Double> pa = outletShares(a);
    Map<String, Double> pb = outletShares(b);
    Set<String> outlets = new HashSet<>(pa.keySet());
    outlets.addAll(pb.keySet());
    double d = 0;
    for (String o : outlets) {
      d += Math.abs(pa.getOrDefault(o, 0.0) - pb.getOrDefault(o, 0.0));
    }
    return d / 2;
  }

  private Map<String, Double> outletShares(String t) {
    Map<String, Double> rate = new HashMap<>();
    double sum = 0;
    for (Map.Entry<String, Integer> e : outletDf.get(t).entrySet()) {
      double r = e.getValue() / (double) outletDocs.get(e.getKey());
      rate.put(e.getKey(), r);
      sum += r;
    }
    for (Map.Entry<String, Double> e : rate.entrySet()) {
      e.setValue(e.getValue() / sum);
    }
    return rate;
  }

  private double contextCosine(String a, String b) {
    Map<String, Double> va = weighted(context.getOrDefault(a, Map.of()));
    Map<String, Double> vb = weighted(context.getOrDefault(b, Map.of()));
    double dot = 0;
    for (Map.Entry<String, Double> e : va.entrySet()) {
      dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
    }
    double na = va.values().stream().mapToDouble(x -> x * x).sum();
    double nb = vb.values().stream().mapToDouble(x -> x * x).sum();
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private Map<String, Double> weighted(Map<String, Integer> counts) {
    Map<String, Double> v = new HashMap<>();
    counts.forEach((w, c) -> {
      int d = df.getOrDefault(w, 0);
      if (d >= 3) {
        v.put(w, c * Math.log(documents / (1.0 + d)));
      }
    });
    return v;
  }

  private List<String> terms(Article a) {
    List<String> out = new ArrayList<>();
    for (String text : new String[] {a.title(), a.text()}) {
      try (TokenStream ts = analyzer.tokenStream("text", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          out.add(term.toString());
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // analysing a String does no I/O
      }
    }
    return out;
  }
}
