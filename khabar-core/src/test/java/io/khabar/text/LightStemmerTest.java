package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Light10's two steps called apart: together they are Lucene's public {@code ArabicStemFilter} on 9,000 real
 * words, and each alone does what light10 says at the lengths where its rules start or stop applying.
 */
class LightStemmerTest {
  private final LightStemmer light10 = new LightStemmer();

  @Test
  void bothStepsAreLucenesStemFilterOnRealWords() throws IOException {
    List<String> words = words();
    for (String w : words) {
      char[] s = w.toCharArray();
      int len = light10.stemSuffix(s, light10.stemPrefix(s, s.length));
      assertEquals(filtered(w), new String(s, 0, len), w);
    }
    assertEquals(true, words.size() > 9000, "words read: " + words.size());
  }

  @Test
  void eachStepAloneAtTheEdges() {
    // Word, its prefix step, its suffix step: what the steps gave before they were called directly, when each was
    // checked against ArabicStemmer's own stemPrefix and stemSuffix; light10's rules agree: a prefix or suffix is
    // cut only if two letters are left, and a lone و only from a word of four letters or more.
    String[][] cases = {
        {"", "", ""}, {"و", "و", "و"}, {"ال", "ال", "ال"}, {"وال", "وال", "وال"}, {"والي", "الي", "وال"},
        {"ولد", "ولد", "ولد"}, {"وله", "وله", "ول"}, {"لله", "لله", "لل"}, {"للها", "ها", "لل"},
        {"بالات", "ات", "بال"}, {"ها", "ها", "ها"}, {"يه", "يه", "يه"}, {"ان", "ان", "ان"},
        {"والعلاقات", "علاقات", "والعلاق"}, {"فالكتاب", "كتاب", "فالكتاب"}, {"للمدرسة", "مدرسة", "للمدرس"},
        {"وكتبها", "كتبها", "وكتب"}, {"مدرستين", "مدرستين", "مدرست"}};
    for (String[] c : cases) {
      char[] s = c[0].toCharArray();
      assertEquals(c[1], new String(s, 0, light10.stemPrefix(s, s.length)), "prefix of " + c[0]);
      s = c[0].toCharArray();
      assertEquals(c[2], new String(s, 0, light10.stemSuffix(s, s.length)), "suffix of " + c[0]);
    }
  }

  @Test
  void theWordIsStemmedInPlace() {
    char[] s = "والعلاقات".toCharArray();
    int len = light10.stemSuffix(s, light10.stemPrefix(s, s.length));
    assertEquals("علاق", new String(s, 0, len));
  }

  /** The word through Lucene's filter, as one token. */
  private static String filtered(String word) throws IOException {
    KeywordTokenizer source = new KeywordTokenizer();
    source.setReader(new StringReader(word));
    try (TokenStream ts = new ArabicStemFilter(source)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : "";
      ts.end();
      return out;
    }
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
