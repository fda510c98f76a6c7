package io.khabar.lab.bench;

import io.khabar.model.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A corpus grown for scale tests: the articles repeated {@code copies} times, copy r with new ids
 * ({@code id-rN}), dates shifted by r × 245 days (past the corpus' span, so copies never share a story
 * window) and small edits (one word in seven swapped with the next, at places that differ from copy to copy:
 * the words stay, the 5-word shingles change, so copies are neither near-duplicates of the original nor of
 * each other).
 *
 * <p>Until 2026-12-07 every copy swapped the same words (every seventh): copies 2 to 9 had the text of copy 1,
 * so at 310k each article had up to eight exact copies in the store, which a real store of distinct news does
 * not (docs/benchmarks.md, grouping).
 */
final class Replicas {
  static final int SHIFT_DAYS = 245;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Replicas() {}

  static void write(List<Article> articles, int copies, Path out) throws IOException {
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
      for (int r = 0; r < copies; r++) {
        for (Article a : articles) {
          w.write(JSON.writeValueAsString(json(a, r)));
          w.write('\n');
        }
      }
    }
  }

  private static Map<String, Object> json(Article a, int r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r == 0 ? a.id() : a.id() + "-r" + r);
    m.put("url", a.url());
    m.put("source", a.source());
    m.put("title", a.title());
    m.put("text", r == 0 ? a.text() : edited(a.text(), r));
    m.put("published", a.published() == null ? null : a.published().plusDays((long) r * SHIFT_DAYS).toString());
    m.put("author", a.author());
    m.put("category", a.category());
    return m;
  }

  /**
   * Copy r's text: the word at i swapped with the next for i = start, start + stride... Copy 1 swaps every
   * seventh word from the seventh (as all copies did before); copies 2 to 7 start one word earlier each;
   * copies 8 on take a stride of 8, and so on: no two of the first 49 copies make the same set of swaps (they may
   * share a few, e.g. copies 1 and 8 both swap the seventh word).
   */
  static String edited(String text, int r) {
    int stride = 7 + (r - 1) / 7;
    int start = 6 - (r - 1) % 7;
    String[] words = text.split(" ");
    for (int i = start; i + 1 < words.length; i += stride) {
      String t = words[i];
      words[i] = words[i + 1];
      words[i + 1] = t;
    }
    return String.join(" ", words);
  }
}
