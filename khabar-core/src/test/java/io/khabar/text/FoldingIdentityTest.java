package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.enrich.ner.ArabicFold;
import io.khabar.extract.Fold;
import io.khabar.ingest.AntReader;
import io.khabar.ingest.ArticleSink;
import io.khabar.model.Article;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * TEMPORARY: the new ArabicFolding presets against the three foldings they replace, on every char and on every
 * word of the ANT corpus. Also writes the hard data of the characterization test that stays.
 */
class FoldingIdentityTest {
  private static final Path ANT =
      Path.of(System.getProperty("khabar.shared", "../../shared/data"), "ant", "ant-multisource-v2.1.tar.gz");

  static String oldSearch(String w) {
    char[] s = w.toCharArray();
    int len = new ArabicNormalizer().normalize(s, s.length);
    len = ArabicOrthographyFilter.fold(s, len);
    return new String(s, 0, len);
  }

  @Test
  void everyCharFoldsAsBefore() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      assertEquals(oldSearch(s), ArabicFolding.SEARCH.fold(s), "SEARCH " + Integer.toHexString(c));
      assertEquals(Fold.of(s), ArabicFolding.MATCHING.fold(s), "MATCHING " + Integer.toHexString(c));
      assertEquals(ArabicFold.fold(s), ArabicFolding.NAMES.fold(s), "NAMES " + Integer.toHexString(c));
      assertEquals(KhabarAnalyzer.normalizeWord(s), ArabicFolding.SEARCH.fold(s.toLowerCase(Locale.ROOT)));
      char ch = (char) c;
      assertEquals(ArabicFold.hasArabic(s), ArabicScript.hasArabic(s));
      assertEquals(isDropped(ch), ArabicFolding.NAMES.drops(ch));
      // NerTokenizer.clean keeps a char that is not dropped, or is a diacritic
      assertEquals(!isDropped(ch) || isDiacritic(ch), !INSIDE_WORD.drops(ch), Integer.toHexString(c));
      assertEquals(isInvisible(ch), FoldingRule.INVISIBLE.drops(ch), Integer.toHexString(c));
    }
  }

  private static final ArabicFolding INSIDE_WORD =
      ArabicFolding.of(FoldingRule.TATWEEL, FoldingRule.INVISIBLE, FoldingRule.JOINERS);

  private static boolean isDropped(char c) {
    return call(ArabicFold.class, "isDropped", c);
  }

  private static boolean isDiacritic(char c) {
    return call(ArabicFold.class, "isDiacritic", c);
  }

  private static boolean isInvisible(char c) {
    return call(io.khabar.extract.Text.class, "isInvisible", c);
  }

  private static boolean call(Class<?> type, String name, char c) {
    try {
      java.lang.reflect.Method m = type.getDeclaredMethod(name, char.class);
      m.setAccessible(true);
      return (boolean) m.invoke(null, c);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void writeCharTables() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# preset<TAB>char<TAB>folded (DROP: dropped), for every char whose folding is not the identity, as the");
    lines.add("# foldings replaced by ArabicFolding gave them. MATCHING lists only what differs from");
    lines.add("# Character.toLowerCase(char); every other char folds to its lower case.");
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      row(lines, "SEARCH", c, oldSearch(s), s);
    }
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      row(lines, "MATCHING", c, Fold.of(s), String.valueOf(Character.toLowerCase((char) c)));
    }
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      row(lines, "NAMES", c, ArabicFold.fold(s), s);
    }
    Path out = Path.of("target", "folding-chars.tsv");
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.println("IDENTITY wrote " + (lines.size() - 3) + " chars to " + out.toAbsolutePath());
  }

  private static void row(List<String> lines, String preset, int c, String folded, String unless) {
    if (!folded.equals(unless)) {
      lines.add(preset + "\t" + String.format("%04X", c) + "\t"
          + (folded.isEmpty() ? "DROP" : String.format("%04X", (int) folded.charAt(0))));
      assertTrue(folded.length() <= 1);
    }
  }

  @Test
  void everyWordOfAntFoldsAsBefore() throws Exception {
    Map<String, Integer> words = new HashMap<>();
    List<String> texts = new ArrayList<>();
    new AntReader().readTarball(ANT, new ArticleSink() {
      @Override
      public void accept(Article a, String origin) {
        texts.add(a.title());
        texts.add(a.text());
      }

      @Override
      public void skip(String origin, String reason) {}
    });
    long tokens = 0;
    long lines = 0;
    long chars = 0;
    for (String t : texts) {
      chars += t.length();
      for (String line : t.split("\n")) {
        lines++;
        assertAllEqual(line);
        for (String w : line.split("\\s+")) {
          if (!w.isEmpty()) {
            tokens++;
            words.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    for (String w : words.keySet()) {
      assertAllEqual(w);
    }
    // the analysis chain's normalization, token by token through StandardTokenizer
    MessageDigest oldDigest = MessageDigest.getInstance("SHA-256");
    MessageDigest newDigest = MessageDigest.getInstance("SHA-256");
    MessageDigest analyzerDigest = MessageDigest.getInstance("SHA-256");
    long terms = 0;
    long analyzed = 0;
    Analyzer khabar = KhabarAnalyzer.create();
    for (String t : texts) {
      List<String> before = chain(t, ts -> new ArabicOrthographyFilter(new ArabicNormalizationFilter(
          new DecimalDigitFilter(new LowerCaseFilter(ts)))));
      List<String> after = chain(t, ts -> new ArabicFoldingFilter(new DecimalDigitFilter(new LowerCaseFilter(ts)),
          ArabicFolding.SEARCH));
      assertEquals(before, after);
      terms += before.size();
      before.forEach(x -> oldDigest.update((x + "\n").getBytes(StandardCharsets.UTF_8)));
      after.forEach(x -> newDigest.update((x + "\n").getBytes(StandardCharsets.UTF_8)));
      for (String x : terms(khabar, t)) {
        analyzed++;
        analyzerDigest.update((x + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    assertEquals(HexFormat.of().formatHex(oldDigest.digest()), HexFormat.of().formatHex(newDigest.digest()));
    System.out.printf("IDENTITY texts=%d chars=%d lines=%d tokens=%d distinct=%d chainTerms=%d analyzerTerms=%d"
        + " analyzerSha256=%s%n", texts.size(), chars, lines, tokens, words.size(), terms, analyzed,
        HexFormat.of().formatHex(analyzerDigest.digest()));
    assertTrue(words.size() > 100_000);
    writeSample(words);
  }

  private static void assertAllEqual(String s) {
    assertEquals(oldSearch(s), ArabicFolding.SEARCH.fold(s), s);
    assertEquals(Fold.of(s), ArabicFolding.MATCHING.fold(s), s);
    assertEquals(ArabicFold.fold(s), ArabicFolding.NAMES.fold(s), s);
    assertEquals(KhabarAnalyzer.normalizeWord(s), ArabicFolding.SEARCH.fold(s.toLowerCase(Locale.ROOT)), s);
  }

  private static List<String> chain(String text, UnaryOperator<TokenStream> filters) {
    Tokenizer source = new StandardTokenizer();
    source.setReader(new StringReader(text));
    try (TokenStream ts = filters.apply(source)) {
      return collect(ts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> terms(Analyzer a, String text) {
    try (TokenStream ts = a.tokenStream("text", text)) {
      return collect(ts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> collect(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    List<String> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term.toString());
    }
    ts.end();
    return out;
  }

  // ---- the hard data kept by FoldingCharacterizationTest ----

  /** Which kinds of character a word is picked for; up to PER_KIND words of each, most frequent first. */
  private static final Map<String, String> KINDS = new TreeMap<>(Map.ofEntries(
      Map.entry("alef-forms", "أإآٱ"),
      Map.entry("alef-maqsura", "ى"),
      Map.entry("teh-marbuta", "ة"),
      Map.entry("hamza-seats", "ؤئ"),
      Map.entry("lone-hamza", "ء"),
      Map.entry("persian", "یکپچڤگہەۀ"),
      Map.entry("digits", "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"),
      Map.entry("separators", "٫٬"),
      Map.entry("marks", "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
          + "\u0659\u065A\u065B\u065C\u065D\u065E\u065F\u0670"),
      Map.entry("tatweel", "\u0640"),
      Map.entry("invisible", "\u00AD\u061C\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
          + "\u2066\u2067\u2068\u2069\uFEFF"),
      Map.entry("latin-upper", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
  private static final int PER_KIND = 400;
  private static final int COMMON = 1000;

  private static void writeSample(Map<String, Integer> words) throws IOException {
    List<Map.Entry<String, Integer>> byFrequency = new ArrayList<>(words.entrySet());
    byFrequency.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    java.util.LinkedHashSet<String> picked = new java.util.LinkedHashSet<>();
    for (int i = 0; i < COMMON && i < byFrequency.size(); i++) {
      picked.add(byFrequency.get(i).getKey());
    }
    for (String chars : KINDS.values()) {
      int n = 0;
      for (Map.Entry<String, Integer> e : byFrequency) {
        if (n < PER_KIND && e.getKey().chars().anyMatch(c -> chars.indexOf(c) >= 0)) {
          picked.add(e.getKey());
          n++;
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("# word<TAB>SEARCH<TAB>MATCHING<TAB>NAMES<TAB>KhabarAnalyzer.normalizeWord, as the foldings replaced by");
    lines.add("# ArabicFolding gave them (ArabicNormalizer + ArabicOrthographyFilter, extract.Fold, enrich.ner.ArabicFold).");
    lines.add("# Words of the ANT corpus: the " + COMMON + " most frequent, then up to " + PER_KIND
        + " of each kind of character that folds. \\uXXXX escapes invisible characters.");
    for (String w : picked) {
      lines.add(String.join("\t", esc(w), esc(oldSearch(w)), esc(Fold.of(w)), esc(ArabicFold.fold(w)),
          esc(KhabarAnalyzer.normalizeWord(w))));
    }
    Path out = Path.of("target", "folding-words.tsv");
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.println("IDENTITY wrote " + picked.size() + " words to " + out.toAbsolutePath());
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      int type = Character.getType(c);
      if (c == '\\' || c == '\t' || Character.isWhitespace(c) || type == Character.FORMAT || type == Character.CONTROL
          || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
