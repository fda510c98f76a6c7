package io.khabar.lab.eval;

import io.khabar.Ingestion;
import io.khabar.story.*;
import io.khabar.model.Article;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.text.BackgroundFrequencies;
import io.khabar.text.KhabarAnalyzer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.*;

/** Experiment (not shipped): what merging stories post hoc, by centroid cosine, would do on the dev windows. */
public final class MergeExperiment {
  public static void main(String[] args) throws Exception {
    double[] tms = Arrays.stream(args).mapToDouble(Double::parseDouble).toArray();
    StoryConfig c = StoryConfig.defaults();
    SharedData data = new SharedData(Path.of("../shared/data"));
    List<Article> ant = new ArrayList<>(data.antArticles());
    ant.sort(StoryEvaluation.OLDEST_FIRST);
    List<StoryWindows.Window> dev = StoryWindows.read(Path.of("docs/eval/windows"), StoryWindows.DEV);
    double[] p = new double[tms.length + 1], r = new double[tms.length + 1];
    for (StoryWindows.Window w : dev) {
      LocalDate start = LocalDate.parse(w.name());
      List<Article> span = ant.stream().filter(x -> {
        LocalDate d = LocalDate.parse(x.id().substring(x.id().length() - 8), DateTimeFormatter.BASIC_ISO_DATE);
        return !d.isBefore(start.minusDays(5)) && !d.isAfter(start.plusDays(2));
      }).toList();
      Path dir = Path.of("target/merge/" + w.name());
      try (LuceneStore store = EvalStores.build(dir, io.khabar.text.AnalysisVariant.KHABAR, List.of())) {
        Ingestion.into(store).withoutEnrichment().storyConfig(c).build().importArticles(span, "tuning");
        Map<String, String> stories = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (Headline h : store.allHeadlines()) {
          if (h.story() != null) stories.put(h.id(), h.story());
          groups.put(h.id(), h.dupGroup() == null ? h.id() : h.dupGroup());
        }
        LabAccess vectors = new LabAccess(store, c);
        Map<String, Map<String, Double>> cent = new HashMap<>();
        Map<String, long[]> when = new HashMap<>();
        for (Article a : span) {
          if (a.published() == null) continue;
          String g = groups.getOrDefault(a.id(), a.id());
          long t = a.published().toInstant().toEpochMilli();
          Map<String, Double> v = vectors.vector(a, g, t);
          String s = stories.get(a.id());
          if (s == null) continue;
          Map<String, Double> m = cent.computeIfAbsent(s, x -> new HashMap<>());
          v.forEach((term, x) -> m.merge(term, x, Double::sum));
          long[] fl = when.computeIfAbsent(s, x -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
          fl[0] = Math.min(fl[0], t);
          fl[1] = Math.max(fl[1], t);
        }
        // normalise
        Map<String, Double> norms = new HashMap<>();
        for (var e : cent.entrySet()) {
          double n = Math.sqrt(e.getValue().values().stream().mapToDouble(x -> x * x).sum());
          norms.put(e.getKey(), n);
        }
        List<String> ids = new ArrayList<>(cent.keySet());
        Collections.sort(ids);
        Map<String, List<String>> inverted = new HashMap<>();
        for (String s : ids) for (String term : cent.get(s).keySet()) inverted.computeIfAbsent(term, x -> new ArrayList<>()).add(s);
        List<Object[]> pairs = new ArrayList<>();
        long reach = c.reach().toMillis(), maxSpan = c.maxSpan().toMillis();
        for (String s : ids) {
          Map<String, Double> dots = new HashMap<>();
          for (var e : cent.get(s).entrySet())
            for (String o : inverted.get(e.getKey()))
              if (o.compareTo(s) > 0) dots.merge(o, e.getValue() * cent.get(o).get(e.getKey()), Double::sum);
          for (var e : dots.entrySet()) {
            String o = e.getKey();
            long[] a = when.get(s), b = when.get(o);
            if (b[0] > a[1] + reach || a[0] > b[1] + reach) continue;
            if (Math.max(a[1], b[1]) - Math.min(a[0], b[0]) > maxSpan) continue;
            double cos = e.getValue() / norms.get(s) / norms.get(o);
            pairs.add(new Object[] {cos, s, o});
          }
        }
        pairs.sort((x, y) -> Double.compare((Double) y[0], (Double) x[0]));
        BCubed b0 = BCubed.of(w.events(), stories);
        p[0] += b0.precision() / dev.size(); r[0] += b0.recall() / dev.size();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s base %.3f", w.name(), b0.f1()));
        for (int k = 0; k < tms.length; k++) {
          Map<String, String> parent = new HashMap<>();
          for (Object[] pr : pairs) {
            if ((Double) pr[0] < tms[k]) break;
            String x = find(parent, (String) pr[1]), y = find(parent, (String) pr[2]);
            if (!x.equals(y)) parent.put(y.compareTo(x) > 0 ? y : x, y.compareTo(x) > 0 ? x : y);
          }
          Map<String, String> merged = new HashMap<>();
          stories.forEach((id, s) -> merged.put(id, find(parent, s)));
          BCubed b = BCubed.of(w.events(), merged);
          p[k + 1] += b.precision() / dev.size(); r[k + 1] += b.recall() / dev.size();
          line.append(String.format(Locale.ROOT, " | tm %.2f P %.3f R %.3f F1 %.3f", tms[k], b.precision(), b.recall(), b.f1()));
        }
        System.out.println(line);
      }
    }
    System.out.printf(Locale.ROOT, "MEAN base P %.3f R %.3f F1 %.3f%n", p[0], r[0], new BCubed(p[0], r[0]).f1());
    for (int k = 0; k < tms.length; k++)
      System.out.printf(Locale.ROOT, "MEAN tm %.2f P %.3f R %.3f F1 %.3f%n", tms[k], p[k + 1], r[k + 1], new BCubed(p[k + 1], r[k + 1]).f1());
  }

  static String find(Map<String, String> parent, String x) {
    while (parent.containsKey(x)) x = parent.get(x);
    return x;
  }
}
