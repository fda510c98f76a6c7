package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.testing.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

/** The filter's memory of stems: what it gives is the stemmer's stem, whether the word was met before or not. */
class KhabarStemFilterTest {
  private final KhabarStemmer stemmer =
      new KhabarStemmer(new CharArraySet(List.of("وزير"), false), new CharArraySet(List.of("لبنان"), false));

  private String stem(String word) {
    char[] s = word.toCharArray();
    return new String(s, 0, stemmer.stem(s, s.length));
  }

  @Test
  void aRepeatedWordGetsTheSameStemEachTime() {
    String text = "والوزير الوزير ولبنان بالعلاقات والوزير لبنان بالعلاقات وزيرها والوزير";
    List<String> expected = new ArrayList<>();
    for (String w : text.split(" ")) {
      expected.add(stem(w));
    }
    assertEquals(expected, Tokens.filtered(text, ts -> new KhabarStemFilter(ts, stemmer)));
  }

  @Test
  void aKeywordIsNeverStemmed() {
    CharArraySet keywords = new CharArraySet(List.of("بالعلاقات"), false);
    assertEquals(List.of("بالعلاقات", "بالعلاقات"), Tokens.filtered("بالعلاقات بالعلاقات",
        ts -> new KhabarStemFilter(new SetKeywordMarkerFilter(ts, keywords), stemmer)));
  }

  @Test
  void stemsStayRightWhenTheMemoryStartsOver() {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    // More distinct words than remembered, each met twice, and the first ones again after the memory was cleared.
    int n = KhabarStemFilter.REMEMBERED + 10;
    for (int i = 0; i < n + 20; i++) {
      String w = "والكتاب" + Integer.toString(i % n, 36).replace('0', 'ت') + "ات";
      text.append(w).append(' ').append(w).append(' ');
      expected.add(stem(w));
      expected.add(stem(w));
    }
    assertEquals(expected, Tokens.filtered(text.toString(), ts -> new KhabarStemFilter(ts, stemmer)));
  }
}
