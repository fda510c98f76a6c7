package io.khabar.enrich.ner;

import static io.khabar.text.ArabicFolding.NAMES;

import io.khabar.text.ArabicScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * One ANERcorp gazetteer (locations, organizations or persons), folded, looked up in a sentence. The first word
 * of a match may carry a proclitic (وموسكو matches موسكو); an entry of several words must match whole.
 */
public final class Gazetteer {
  /** Where a token sits in a matched entry. */
  public enum Mark { NONE, BEGIN, INSIDE }

  /**
   * The entries as a tree of words: a match is one walk from the first word, however many entries share it
   * (the persons' list has hundreds that begin with عبد, each once checked against the sentence). Gazetteer
   * features were a fifth of the samples of a profile of name finding; the tree's gain was within the noise of
   * timing runs (2.85–3.05 against 2.80–2.94 ms an article), so it is kept for being simpler, not faster.
   */
  private final Node root = new Node();

  /** The entries that continue through this word; {@code end}: an entry ends here. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    boolean end;
  }

  public Gazetteer(Iterable<String[]> entries) {
    for (String[] e : entries) {
      if (e.length > 0) {
        String[] folded = new String[e.length];
        for (int i = 0; i < e.length; i++) {
          folded[i] = NAMES.fold(e[i]);
        }
        Node n = root;
        for (String w : folded) {
          n = n.next.computeIfAbsent(w, k -> new Node());
        }
        n.end = true;
      }
    }
  }

  /** Entries from one name per line (ANERGazet files have separator lines without letters: skipped). */
  public static List<String[]> parse(List<String> lines) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines) {
      String t = line.strip();
      if (ArabicScript.hasArabic(t)) {
        out.add(t.split("\\s+"));
      }
    }
    return out;
  }

  public static Gazetteer of(Dictionary dictionary) {
    List<String[]> entries = new ArrayList<>();
    for (StringList s : dictionary) {
      String[] e = new String[s.size()];
      for (int i = 0; i < e.length; i++) {
        e[i] = s.getToken(i);
      }
      entries.add(e);
    }
    return new Gazetteer(entries);
  }

  public static Dictionary toDictionary(List<String[]> entries) {
    Dictionary d = new Dictionary(true);
    for (String[] e : entries) {
      String[] folded = new String[e.length];
      for (int i = 0; i < e.length; i++) {
        folded[i] = NAMES.fold(e[i]);
      }
      d.put(new StringList(folded));
    }
    return d;
  }

  /** For each (folded) token, whether it begins or continues the longest entry found there. */
  public Mark[] marks(String[] tokens) {
    return marks(tokens, i -> Clitics.readings(tokens[i]));
  }

  /**
   * The same, with token i's {@link Clitics#readings} given by {@code readings} (a caller that looks the same
   * tokens up in several gazetteers computes them once).
   */
  public Mark[] marks(String[] tokens, IntFunction<List<String>> readings) {
    Mark[] marks = new Mark[tokens.length];
    java.util.Arrays.fill(marks, Mark.NONE);
    int i = 0;
    while (i < tokens.length) {
      int length = longestMatch(tokens, i, readings.apply(i));
      if (length == 0) {
        i++;
        continue;
      }
      marks[i] = Mark.BEGIN;
      for (int j = 1; j < length; j++) {
        marks[i + j] = Mark.INSIDE;
      }
      i += length;
    }
    return marks;
  }

  private int longestMatch(String[] tokens, int start, List<String> readings) {
    int best = matchFrom(tokens, start, tokens[start]);
    for (String reading : readings) {
      best = Math.max(best, matchFrom(tokens, start, reading));
    }
    return best;
  }

  /** The length of the longest entry at {@code start} whose first word is {@code first} and the rest as written. */
  private int matchFrom(String[] tokens, int start, String first) {
    Node n = root.next.get(first);
    int best = 0;
    for (int j = start + 1; n != null; j++) {
      if (n.end) {
        best = j - start;
      }
      n = j < tokens.length ? n.next.get(tokens[j]) : null;
    }
    return best;
  }
}
