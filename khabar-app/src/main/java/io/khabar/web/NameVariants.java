package io.khabar.web;

import io.khabar.Khabar;
import io.khabar.enrich.ner.NameKeys;
import io.khabar.search.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a name in a query to the spellings outlets use for it: "ترامب" also finds "ترمب". Name keys
 * already fold hamza, ى/ي, ة/ه, g as غ/ج and long vowels in long names, but a short foreign name keeps its
 * vowel spellings apart (see {@link NameKeys}). So each query word of five letters or more with an inner
 * alef is tried without it, and each word of four letters or more with an alef added between two inner
 * letters; a spelling is taken only if it is the name key of an entity some stored article mentions. The
 * longer form must have five letters or more, so short Arabic names (حامد/حمد) stay apart.
 */
public final class NameVariants {
  private static final Pattern WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}]{4,}");
  private static final int MAX_VARIANTS = 3;

  /** The query to run, and the spellings added ({@code added} empty when none). */
  public record Expansion(String query, List<String> added) {
    public String notice() {
      return added.isEmpty() ? null : "نتائج تشمل: " + String.join("، ", added);
    }
  }

  private NameVariants() {}

  public static Expansion expand(Khabar khabar, String query) throws IOException {
    if (query.isBlank() || query.contains("\"") || query.contains("|")) {
      return new Expansion(query, List.of()); // a phrase or an OR the reader wrote is taken as written
    }
    StringBuilder out = new StringBuilder();
    List<String> added = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    int last = 0;
    while (m.find()) {
      out.append(query, last, m.start());
      last = m.end();
      String word = m.group();
      boolean excluded = m.start() > 0 && query.charAt(m.start() - 1) == '-';
      List<String> found = excluded ? List.of() : known(khabar, word);
      if (found.isEmpty()) {
        out.append(word);
      } else {
        out.append('(').append(word);
        for (String v : found) {
          out.append(" | ").append(v);
        }
        out.append(')');
        added.addAll(found);
      }
    }
    out.append(query.substring(last));
    String expanded = out.toString();
    if (added.isEmpty() || expanded.length() > SearchQuery.MAX_QUERY_CHARS) {
      return new Expansion(query, List.of());
    }
    return new Expansion(expanded, added);
  }

  private static List<String> known(Khabar khabar, String word) throws IOException {
    List<String> out = new ArrayList<>();
    String own = NameKeys.key(word);
    for (String v : spellings(word)) {
      if (out.size() < MAX_VARIANTS && !NameKeys.key(v).equals(own) && mentioned(khabar, NameKeys.key(v))) {
        out.add(v);
      }
    }
    return out;
  }

  /** The word with an inner alef dropped, or with one added between two inner consonants. */
  static Set<String> spellings(String word) {
    Set<String> out = new LinkedHashSet<>();
    int start = word.startsWith("ال") ? 2 : 0; // the article is not part of the name's spelling
    if (word.length() >= 5) {
      for (int i = start + 1; i < word.length() - 1; i++) {
        if (word.charAt(i) == 'ا') {
          out.add(word.substring(0, i) + word.substring(i + 1));
        }
      }
    }
    if (word.length() >= 4) {
      for (int i = start + 1; i < word.length() - 1; i++) {
        if (!isVowel(word.charAt(i - 1)) && !isVowel(word.charAt(i))) {
          out.add(word.substring(0, i) + 'ا' + word.substring(i));
        }
      }
    }
    out.remove(word);
    return out;
  }

  private static boolean isVowel(char c) {
    return c == 'ا' || c == 'و' || c == 'ي' || c == 'ى' || c == 'أ' || c == 'إ' || c == 'آ';
  }

  private static boolean mentioned(Khabar khabar, String key) throws IOException {
    return khabar.search(SearchQuery.of("").withEntity(key).withPage(0, 1)).total() > 0;
  }
}
