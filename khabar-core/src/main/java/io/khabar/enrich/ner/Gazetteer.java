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

  /**
   * Where entries may begin at one token: the tree's nodes for its word and for each of its {@link
   * Clitics#readings} that begins an entry (mostly none). Why: a sentence's marks looked each token and each of
   * its readings up in each gazetteer's first words, some eight lookups a token and 6% of name finding in a
   * profile; a caller that meets the same tokens again keeps their starts ({@link CompiledFeatures} does).
   */
  public static final class Start {
    static final Start NONE = new Start(new Node[0]);

    private final Node[] nodes;

    private Start(Node[] nodes) {
      this.nodes = nodes;
    }
  }

  /** The entries that may begin at a (folded) token whose readings are {@code readings}. */
  public Start start(String token, List<String> readings) {
    List<Node> nodes = new ArrayList<>(1);
    addFirst(nodes, token);
    for (String reading : readings) {
      addFirst(nodes, reading);
    }
    return nodes.isEmpty() ? Start.NONE : new Start(nodes.toArray(new Node[0]));
  }

  private void addFirst(List<Node> nodes, String first) {
    Node n = root.next.get(first);
    if (n != null) {
      nodes.add(n);
    }
  }

  /** For each (folded) token, whether it begins or continues the longest entry found there. */
  public Mark[] marks(String[] tokens) {
    return marks(tokens, i -> start(tokens[i], Clitics.readings(tokens[i])));
  }

  /** The same, with token i's {@link Start} given by {@code starts}. */
  public Mark[] marks(String[] tokens, IntFunction<Start> starts) {
    Mark[] marks = new Mark[tokens.length];
    java.util.Arrays.fill(marks, Mark.NONE);
    int i = 0;
    while (i < tokens.length) {
      int length = longestMatch(tokens, i, starts.apply(i));
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

  private static int longestMatch(String[] tokens, int start, Start first) {
    int best = 0;
    for (Node n : first.nodes) {
      best = Math.max(best, matchFrom(tokens, start, n));
    }
    return best;
  }

  /** The length of the longest entry at {@code start} whose first word leads to {@code n} and the rest as written. */
  private static int matchFrom(String[] tokens, int start, Node n) {
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
