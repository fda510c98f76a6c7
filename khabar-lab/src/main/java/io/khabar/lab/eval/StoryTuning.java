package io.khabar.lab.eval;

import io.khabar.Ingestion;
import io.khabar.model.Article;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.story.StoryConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A quick loop for tuning story grouping on the DEV windows only: each dev window with the five days before it is
 * imported alone (oldest first, into a fresh store) and scored; the full evaluation
 * ({@code ./khabar eval --only stories}) is what is reported. Usage (lab jar):
 * {@code java -cp khabar-lab.jar io.khabar.lab.eval.StoryTuning threshold=0.22 ...}.
 */
public final class StoryTuning {
  public static void main(String[] args) throws Exception {
    StoryConfig c = StoryConfig.defaults();
    boolean purity = false;
    for (String a : args) {
      if (a.startsWith("purity-of=")) { // the judged listing of a store the evaluation already grouped
        System.out.println(new StoryPurity(Path.of("docs/eval/stories-purity")).score(Path.of(a.substring(10)), 20)
            .markdown());
        return;
      }
      if (a.startsWith("windows-of=")) { // an existing store's stories (e.g. imported in another order) on the windows
        scoreStore(Path.of(a.substring(11)));
        return;
      }
      if (a.equals("purity")) {
        purity = true;
        continue;
      }
      String[] kv = a.split("=");
      double v = Double.parseDouble(kv[1]);
      c = switch (kv[0]) {
        case "threshold" -> c.withThreshold(v);
        case "reach" -> c.withReach(java.time.Duration.ofHours((long) v));
        case "maxspan" -> c.withMaxSpan(java.time.Duration.ofHours((long) v));
        case "decay" -> c.withDecay(java.time.Duration.ofHours((long) v));
        case "title" -> c.withTitleWeight(v);
        case "body" -> c.withBodyTerms((int) v);
        default -> throw new IllegalArgumentException(kv[0]);
      };
    }
    SharedData data = new SharedData(Path.of("../shared/data"));
    List<Article> ant = new ArrayList<>(data.antArticles());
    ant.sort(StoryEvaluation.OLDEST_FIRST);
    if (purity) {
      listLargest(ant, c);
      return;
    }
    double p = 0;
    double r = 0;
    List<StoryWindows.Window> dev = StoryWindows.read(Path.of("docs/eval/windows"), StoryWindows.DEV);
    for (StoryWindows.Window w : dev) {
      LocalDate start = LocalDate.parse(w.name());
      List<Article> span = ant.stream().filter(x -> {
        LocalDate d = LocalDate.parse(x.id().substring(x.id().length() - 8), DateTimeFormatter.BASIC_ISO_DATE);
        return !d.isBefore(start.minusDays(5)) && !d.isAfter(start.plusDays(2));
      }).toList();
      Path dir = Path.of("target/tuning/" + w.name());
      Map<String, String> stories;
      try (LuceneStore store = EvalStores.build(dir, io.khabar.text.AnalysisVariant.KHABAR, List.of())) {
        Ingestion.into(store).withoutEnrichment().storyConfig(c).build().importArticles(span, "tuning");
        stories = StoryEvaluation.storiesOf(store);
      }
      BCubed b = BCubed.of(w.events(), stories);
      System.out.printf(Locale.ROOT, "%s P %.3f R %.3f F1 %.3f  (%d articles imported)%n", w.name(), b.precision(),
          b.recall(), b.f1(), span.size());
      p += b.precision() / dev.size();
      r += b.recall() / dev.size();
      Map<String, Integer> sizes = new HashMap<>();
      stories.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
      System.out.println("  largest: " + sizes.values().stream().sorted((x, y) -> y - x).limit(8).toList());
      if (System.getProperty("dump") != null) {
        java.nio.file.Files.write(Path.of("target/tuning/" + w.name() + ".stories.tsv"), stories.entrySet().stream()
            .filter(e -> w.ids().contains(e.getKey())).map(e -> e.getKey() + "\t" + e.getValue()).toList());
      }
    }
    BCubed mean = new BCubed(p, r);
    System.out.printf(Locale.ROOT, "MEAN P %.3f R %.3f F1 %.3f  %s%n", p, r, mean.f1(), c);
  }

  /**
   * B-cubed of a store's stories on the dev windows, and on the test windows when {@code -Dtest=1} (a check of
   * something other than the settings, e.g. the import order: the test windows are not tuned on by it).
   */
  private static void scoreStore(Path store) throws Exception {
    Map<String, String> stories;
    // a data folder (khabar import --data) holds the index in a subfolder; an evaluation store is the index itself
    Path index = java.nio.file.Files.isDirectory(LuceneStore.folderIn(store)) ? LuceneStore.folderIn(store) : store;
    try (LuceneStore s = LuceneStore.openReadOnly(index)) {
      stories = StoryEvaluation.storiesOf(s);
    }
    Map<String, List<String>> sets = new java.util.LinkedHashMap<>();
    sets.put("dev", StoryWindows.DEV);
    if (System.getProperty("test") != null) {
      sets.put("test", StoryWindows.TEST);
    }
    for (String set : sets.keySet()) {
      double p = 0;
      double r = 0;
      double alone = 0; // the trivial baseline, same windows: every article its own story
      List<StoryWindows.Window> windows = StoryWindows.read(Path.of("docs/eval/windows"), sets.get(set));
      for (StoryWindows.Window w : windows) {
        alone += BCubed.of(w.events(), Map.of()).f1() / windows.size();
        BCubed b = BCubed.of(w.events(), stories);
        System.out.printf(Locale.ROOT, "%s %s P %.3f R %.3f F1 %.3f%n", set, w.name(), b.precision(), b.recall(), b.f1());
        if (System.getProperty("dump") != null) { // each window's stories, to read beside the gold
          java.nio.file.Files.createDirectories(Path.of("target/tuning"));
          java.nio.file.Files.write(Path.of("target/tuning/" + w.name() + ".stories.tsv"), stories.entrySet().stream()
              .filter(e -> w.ids().contains(e.getKey())).map(e -> e.getKey() + "\t" + e.getValue()).sorted().toList());
        }
        p += b.precision() / windows.size();
        r += b.recall() / windows.size();
      }
      System.out.printf(Locale.ROOT, "%s MEAN P %.3f R %.3f F1 %.3f (all singletons: mean F1 %.3f)%n", set, p, r,
          new BCubed(p, r).f1(), alone);
    }
    BCubed sparse = BCubed.of(StoryEvents.read(Path.of("docs/eval/stories-dev.tsv")), stories);
    System.out.printf(Locale.ROOT, "sparse dev recall %.3f%n", sparse.recall());
  }

  /** The whole ANT corpus grouped with {@code c}; the 20 largest stories listed for the purity judges. */
  private static void listLargest(List<Article> ant, StoryConfig c) throws Exception {
    Path dir = Path.of("target/tuning/whole-" + Integer.toHexString(c.hashCode()));
    try (LuceneStore store = EvalStores.build(dir, io.khabar.text.AnalysisVariant.KHABAR, List.of())) {
      Ingestion.into(store).withoutEnrichment().storyConfig(c).build().importArticles(ant, "tuning");
    }
    if (System.getProperty("sparse") != null) {
      Map<String, String> stories;
      try (LuceneStore store = LuceneStore.openReadOnly(dir)) {
        stories = StoryEvaluation.storiesOf(store);
      }
      BCubed b = BCubed.of(StoryEvents.read(Path.of("docs/eval/stories-dev.tsv")), stories);
      System.out.printf(Locale.ROOT, "sparse dev: P %.3f R %.3f  %s%n", b.precision(), b.recall(), c);
      if (System.getProperty("stories-out") != null) {
        // every article's story, to compare two groupings (e.g. a speed change that must not change any story)
        java.nio.file.Files.write(Path.of(System.getProperty("stories-out")), stories.entrySet().stream()
            .map(e -> e.getKey() + "\t" + e.getValue()).sorted().toList());
      }
      return;
    }
    StoryPurity.Result r = new StoryPurity(Path.of("docs/eval/stories-purity")).score(dir, 20);
    System.out.println(r.markdown());
  }
}
