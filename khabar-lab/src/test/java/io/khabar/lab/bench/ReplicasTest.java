package io.khabar.lab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.khabar.dedup.NearDuplicates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The scale corpus is meant to grow the store with distinct texts: no copy may be a near-duplicate of the
 * original or of another copy (the copy test would then join them, which a store of distinct news does not).
 */
class ReplicasTest {
  private static final String TEXT = IntStream.range(0, 400).mapToObj(i -> "كلمة" + i).collect(Collectors.joining(" "));

  @Test
  void copiesAreNeitherNearDuplicatesOfTheOriginalNorOfEachOther() {
    NearDuplicates nd = NearDuplicates.defaults();
    List<NearDuplicates.Signature> texts = new ArrayList<>();
    texts.add(nd.signature(TEXT));
    for (int r = 1; r < 10; r++) {
      texts.add(nd.signature(Replicas.edited(TEXT, r)));
    }
    for (int a = 0; a < texts.size(); a++) {
      for (int b = a + 1; b < texts.size(); b++) {
        assertFalse(nd.isNearDuplicate(texts.get(a), texts.get(b)), "copies " + a + " and " + b);
      }
    }
  }

  @Test
  void aCopyKeepsTheWordsOfTheOriginal() {
    for (int r = 1; r < 10; r++) {
      String[] copy = Replicas.edited(TEXT, r).split(" ");
      String[] original = TEXT.split(" ");
      assertFalse(Arrays.equals(copy, original), "copy " + r + " is edited");
      Arrays.sort(copy);
      Arrays.sort(original);
      assertEquals(Arrays.asList(original), Arrays.asList(copy), "copy " + r);
    }
  }
}
