package io.khabar.lab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.enrich.ner.NameKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantEvaluationTest {
  @TempDir
  Path dir;

  @Test
  void scoresSameKeyAgainstTheJudgedLabels() throws Exception {
    Path f = dir.resolve("pairs.tsv");
    Files.writeString(f, "a\tb\tlabel\tnote\nزيلينسكي\tزيلنسكي\tsame\tZelensky\nحسن\tحسين\tdifferent\tHasan/Husein\n"
        + "ترامب\tترمب\tsame\tTrump\n");
    List<VariantEvaluation.Pair> pairs = VariantEvaluation.read(f);
    assertEquals(3, pairs.size());
    VariantEvaluation.Score key = VariantEvaluation.score(pairs, NameKeys::key);
    assertEquals(1.0, key.precision());
    assertEquals(0.5, key.recall());
    assertEquals("1/1", key.apart());
    VariantEvaluation.Score lucene = VariantEvaluation.score(pairs, VariantEvaluation::luceneNormalized);
    assertEquals(0.0, lucene.recall());
  }

  @Test
  void luceneBaselineFoldsHamzaAndTaMarbuta() {
    assertEquals(VariantEvaluation.luceneNormalized("أحمد"), VariantEvaluation.luceneNormalized("احمد"));
    assertEquals(VariantEvaluation.luceneNormalized("القاهرة"), VariantEvaluation.luceneNormalized("القاهره"));
  }

  @Test
  void aBadLabelNamesTheFileAndLine() throws Exception {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "a\tb\tlabel\tnote\nزيلينسكي\tزيلنسكي\tmaybe\tx\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VariantEvaluation.read(f));
    assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
  }
}
