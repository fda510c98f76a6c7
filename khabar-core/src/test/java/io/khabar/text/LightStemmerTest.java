package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.junit.jupiter.api.Test;

/**
 * The wrapper reaches Lucene's stemmer through its public filter only; here, in a test, it is checked against
 * the stemmer class itself (still public in Lucene 9) on 4,629 real words, their folded forms, and the edge
 * lengths where light10's rules start or stop applying.
 */
class LightStemmerTest {
  private final LightStemmer wrapped = new LightStemmer();
  private final ArabicStemmer lucene = new ArabicStemmer();

  @Test
  void prefixAndSuffixStepsAreExactlyLucenesOnRealWords() throws IOException {
    List<String> words = words();
    for (String w : words) {
      assertEquals(step(w, true, true), step(w, true, false), "prefix of " + w);
      assertEquals(step(w, false, true), step(w, false, false), "suffix of " + w);
    }
    assertEquals(true, words.size() > 9000, "words read: " + words.size());
  }

  @Test
  void edgeLengths() {
    for (String w : List.of("", "و", "ال", "وال", "والي", "ولد", "وله", "لله", "للها", "بالات", "ها", "يه", "اه", "ان")) {
      assertEquals(step(w, true, true), step(w, true, false), "prefix of " + w);
      assertEquals(step(w, false, true), step(w, false, false), "suffix of " + w);
    }
  }

  @Test
  void theWordIsStemmedInPlace() {
    char[] s = "والعلاقات".toCharArray();
    int len = wrapped.stemSuffix(s, wrapped.stemPrefix(s, s.length));
    assertEquals("علاق", new String(s, 0, len));
  }

  private String step(String w, boolean prefix, boolean byLucene) {
    char[] s = w.toCharArray();
    int len;
    if (byLucene) {
      len = prefix ? lucene.stemPrefix(s, s.length) : lucene.stemSuffix(s, s.length);
    } else {
      len = prefix ? wrapped.stemPrefix(s, s.length) : wrapped.stemSuffix(s, s.length);
    }
    return new String(s, 0, len);
  }

  /** The characterization list's words, raw and folded for search (what the stemmer really receives). */
  private static List<String> words() throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        LightStemmerTest.class.getResourceAsStream("folding-words.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] cols = line.split("\t", -1);
          out.add(cols[0]);
          out.add(cols[1]);
        }
      }
    }
    return out;
  }
}
