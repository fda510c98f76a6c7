package io.khabar.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.KhabarAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void wordsAreNormalizedLikeTheAnalyzerWithoutStemmingOrStopwords() {
    assertEquals(List.of("الي", "مدرسه", "المسوول", "اعلن", "في", "2015", "abc"),
        Shingles.words("إلى مَدْرَسَة المسؤول، أعلنَ في ٢٠١٥ ABC"));
    for (String w : List.of("أَحْمَد", "إِلَى", "مؤتمر", "شاطئ", "آخر", "ٱلله")) {
      assertEquals(List.of(KhabarAnalyzer.normalizeWord(w)), Shingles.words(w));
    }
  }

  @Test
  void wordsSplitOnPunctuationAndSpaceOnly() {
    assertEquals(List.of("القدس", "المحتله", "1967"), Shingles.words("«القدس»-المحتلة (1967)"));
    assertEquals(List.of(), Shingles.words("  ،.؟!  "));
    assertEquals(List.of(), Shingles.words(null));
  }

  @Test
  void shinglesAreSortedAndUnique() {
    long[] s = Shingles.of("أ ب ج د ه و أ ب ج د ه و أ ب ج د ه و", 3);
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i - 1] < s[i]);
    }
    assertEquals(6, s.length); // six distinct 3-word windows in a repeated 6-word cycle
  }

  @Test
  void exactJaccardOfKnownSets() {
    long[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    long[] b = {5, 6, 7, 8, 9, 10};
    assertEquals(4, Shingles.intersectionSize(a, b));
    assertEquals(4.0 / 10, Shingles.jaccard(a, b));
    assertEquals(1.0, Shingles.jaccard(a, a.clone()));
    assertEquals(0.0, Shingles.jaccard(a, new long[] {-3, 0, 9}));
    assertEquals(0.0, Shingles.jaccard(new long[0], new long[0]));
    assertEquals(1.0 / 3, Shingles.jaccard(new long[] {Long.MIN_VALUE, 0}, new long[] {0, Long.MAX_VALUE}));
  }

  @Test
  void jaccardOfShingledTextsCountsChangedWindows() {
    // 10 words -> 6 shingles; changing the last word changes the one window that holds it.
    String a = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة";
    String b = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة أحد";
    assertEquals(5.0 / 7, Shingles.jaccard(Shingles.of(a), Shingles.of(b)), 1e-12);
    assertArrayEquals(Shingles.of(a), Shingles.of("  " + a.replace(" ", " ،  ") + " ."));
  }
}
