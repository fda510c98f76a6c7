package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.testing.Tokens;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

/** The stemmer alone, on normalized words, with small hand-made lists. */
class KhabarStemmerTest {

  private static CharArraySet set(String... words) {
    return new CharArraySet(List.of(words), false);
  }

  private static String stem(KhabarStemmer stemmer, String word) {
    char[] s = word.toCharArray();
    return new String(s, 0, stemmer.stem(s, s.length));
  }

  private static String luceneStem(String word) {
    char[] s = word.toCharArray();
    return new String(s, 0, new ArabicStemmer().stem(s, s.length));
  }

  private final KhabarStemmer plain = new KhabarStemmer(CharArraySet.EMPTY_SET, CharArraySet.EMPTY_SET);
  private final KhabarStemmer withLists = new KhabarStemmer(set("وثيقه", "وزير", "واشنطن"), set("لبنان", "بحرين"));

  @Test
  void withEmptyListsItIsLucenesStemmer() {
    for (String w : List.of("وثيقه", "الوزير", "واشنطن", "لبنان", "البحرين", "والعلاقات", "الصينيه")) {
      assertEquals(luceneStem(w), stem(plain, w), w);
    }
    assertEquals("ثيق", stem(plain, "وثيقه"));
    assertEquals("اشنطن", stem(plain, "واشنطن"));
  }

  @Test
  void prefixAndSuffixStepsAreLucenesOutsideTheLists() {
    ArabicStemmer lucene = new ArabicStemmer();
    for (String w : List.of("والعلاقات", "وثيقه", "بالصينيه", "فسيكتبونها", "لبنان", "وزير")) {
      char[] a = w.toCharArray();
      char[] b = w.toCharArray();
      assertEquals(new String(a, 0, lucene.stemPrefix(a, a.length)), new String(b, 0, plain.stemPrefix(b, b.length)));
      a = w.toCharArray();
      b = w.toCharArray();
      assertEquals(new String(a, 0, lucene.stemSuffix(a, a.length)), new String(b, 0, plain.stemSuffix(b, b.length)));
    }
  }

  @Test
  void listedRootWawWordKeepsItsWaw() {
    assertEquals("وثيق", stem(withLists, "وثيقه")); // waw kept, suffix still stripped
    assertEquals("واشنطن", stem(withLists, "واشنطن"));
    assertEquals("وزير", stem(withLists, "وزير"));
  }

  @Test
  void unlistedWordStillLosesTheConjunction() {
    assertEquals("روسيا", stem(withLists, "وروسيا"));
    assertEquals("موسكو", stem(withLists, "وموسكو"));
  }

  @Test
  void rootWawListOnlyMattersForAWordThatStartsWithWaw() {
    // الوزير: the article goes first and the waw is never a candidate prefix
    assertEquals("وزير", stem(plain, "الوزير"));
    assertEquals("وزير", stem(withLists, "الوزير"));
  }

  @Test
  void protectedNameKeepsItsEnding() {
    assertEquals("لبن", stem(plain, "لبنان"));
    assertEquals("لبنان", stem(withLists, "لبنان"));
    assertEquals("بحرين", stem(withLists, "البحرين"));
    assertEquals("لبنان", stem(withLists, "ولبنان")); // conjunction gone, ending kept
  }

  @Test
  void stemFilterSkipsKeywords() {
    CharArraySet keywords = set("وثيقه");
    List<String> out = Tokens.filtered("وثيقه وزيره",
        ts -> new KhabarStemFilter(new SetKeywordMarkerFilter(ts, keywords), plain));
    assertEquals(List.of("وثيقه", "زير"), out);
  }

  @Test
  void stemFilterStemsEveryToken() {
    assertEquals(List.of("وثيق", "لبنان", "روسيا"),
        Tokens.filtered("الوثيقه لبنان وروسيا", ts -> new KhabarStemFilter(ts, withLists)));
  }
}
