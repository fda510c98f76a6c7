package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The presets against hard data written by the three foldings they replaced (Lucene's ArabicNormalizer followed
 * by Khabar's ArabicOrthographyFilter for search terms, extract.Fold, enrich.ner.ArabicFold): index terms,
 * extraction's tables and entity keys depend on every char folding exactly as before.
 *
 * <p>Before those classes were deleted, old and new were run over every char and over all titles and texts of
 * ANT v2.1 (31,523 articles, 48.7M chars, 8.1M words, 420,501 distinct) with equal results: the same 8.1M
 * normalized tokens, the same 6.46M index terms from KhabarAnalyzer, fingerprints, shingles and entities (SHA-256
 * of each stream). This test keeps what the old foldings gave for every char and for 4,629 of those words.
 */
class FoldingCharacterizationTest {
  private static final Map<String, ArabicFolding> PRESETS =
      Map.of("SEARCH", ArabicFolding.SEARCH, "MATCHING", ArabicFolding.MATCHING, "NAMES", ArabicFolding.NAMES);

  @Test
  void everyCharFoldsAsBefore() throws IOException {
    Map<String, Map<Character, Integer>> tables = charTables();
    assertEquals(PRESETS.keySet(), tables.keySet());
    for (var preset : PRESETS.entrySet()) {
      Map<Character, Integer> table = tables.get(preset.getKey());
      for (int c = 0; c <= 0xFFFF; c++) {
        char ch = (char) c;
        // MATCHING lower-cases whatever else it leaves alone; the file lists what differs from that
        int otherwise = preset.getKey().equals("MATCHING") ? Character.toLowerCase(ch) : c;
        assertEquals(table.getOrDefault(ch, otherwise), preset.getValue().fold(ch),
            preset.getKey() + " U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void realWordsFoldAsBefore() throws IOException {
    List<String[]> rows = rows("folding-words.tsv");
    assertTrue(rows.size() > 4000, "rows: " + rows.size());
    for (String[] r : rows) {
      String word = unescape(r[0]);
      assertEquals(unescape(r[1]), ArabicFolding.SEARCH.fold(word), "SEARCH " + r[0]);
      assertEquals(unescape(r[2]), ArabicFolding.MATCHING.fold(word), "MATCHING " + r[0]);
      assertEquals(unescape(r[3]), ArabicFolding.NAMES.fold(word), "NAMES " + r[0]);
      assertEquals(unescape(r[4]), KhabarAnalyzer.normalizeWord(word), "normalizeWord " + r[0]);
    }
  }

  /** preset → char → folded char or DROP, for the chars listed. */
  private static Map<String, Map<Character, Integer>> charTables() throws IOException {
    Map<String, Map<Character, Integer>> out = new HashMap<>();
    for (String[] r : rows("folding-chars.tsv")) {
      int folded = r[2].equals("DROP") ? FoldingRule.DROP : Integer.parseInt(r[2], 16);
      out.computeIfAbsent(r[0], k -> new HashMap<>()).put((char) Integer.parseInt(r[1], 16), folded);
    }
    return out;
  }

  private static List<String[]> rows(String name) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = FoldingCharacterizationTest.class.getResourceAsStream(name)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    }
    return out;
  }

  /** The file writes invisible characters as {@code \\uXXXX}. */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}
