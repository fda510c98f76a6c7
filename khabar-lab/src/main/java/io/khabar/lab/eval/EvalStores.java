package io.khabar.lab.eval;

import io.khabar.model.Article;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.text.AnalysisVariant;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Builds a fresh store of the given articles with one analysis variant. */
final class EvalStores {
  private EvalStores() {}

  static LuceneStore build(Path folder, AnalysisVariant variant, List<Article> articles) throws IOException {
    deleteTree(folder);
    LuceneStore store = LuceneStore.open(folder, KhabarAnalyzer.create(variant));
    for (Article a : articles) {
      store.put(a);
    }
    store.commit();
    return store;
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
