package io.khabar.story;

import io.khabar.model.Article;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.text.BackgroundFrequencies;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Experiment access (lab only, not shipped) to story grouping's article vectors. */
public final class LabAccess {
  private final StoryVectors vectors;
  private final RepeatedLines lines = new RepeatedLines();

  public LabAccess(LuceneStore store, StoryConfig c) {
    vectors = new StoryVectors(KhabarAnalyzer.create(), store, BackgroundFrequencies.shipped(), c);
  }

  /** The article's vector as story grouping makes it (articles fed oldest first). */
  public Map<String, Double> vector(Article a, String group, long t) throws IOException {
    StoryVector v = vectors.of(a, lines.kept(a, group));
    lines.register(a, group, t);
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < v.terms().length; i++) m.put(v.terms()[i], v.weights()[i]);
    return m;
  }
}
