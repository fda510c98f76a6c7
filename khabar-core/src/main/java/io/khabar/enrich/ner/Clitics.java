package io.khabar.enrich.ner;

import static io.khabar.text.ArabicFolding.NAMES;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Removes the proclitics that Arabic writes onto a name (و and, ف so, ب in/by, ل for, ك like, and their
 * combinations with the article): {@code وموسكو → موسكو}, {@code بالعراق → العراق}, {@code للعراق → العراق}.
 * The article itself stays: it is part of names such as العراق. Whether a leading letter is a clitic or part of
 * the name (بوش, بلير, لبنان, فيصل) is decided by a lexicon of known names; an unknown word loses only the
 * unambiguous clitics.
 */
public final class Clitics {
  /** Longest first, so that وبال is tried before وب and و. */
  private static final String[] PREFIXES = {
      "وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ولل", "فلل", "لل",
      "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"};
  private static final int MIN_REST = 2;
  /** Without a lexicon, و is taken for a clitic only before a word this long that starts with a consonant. */
  private static final int MIN_UNKNOWN_REST = 4;

  private Clitics() {}

  /** Every reading of {@code word} with a proclitic removed, longest proclitic first (the word itself excluded). */
  public static List<String> readings(String word) {
    List<String> out = new ArrayList<>(3);
    for (String p : PREFIXES) {
      if (word.length() - p.length() >= MIN_REST && word.startsWith(p)) {
        String reading = without(word, p);
        if (!out.contains(reading)) {
          out.add(reading);
        }
      }
    }
    return out;
  }

  /**
   * The name without its proclitic. {@code known} tells whether a (folded) form is a known name. A known word
   * is kept whole; else the first known reading wins; else only clitics that cannot start a name are removed.
   */
  public static String strip(String word, Predicate<String> known) {
    if (known.test(NAMES.fold(word))) {
      return word;
    }
    List<String> readings = readings(word);
    for (String r : readings) {
      if (known.test(NAMES.fold(r))) {
        return r;
      }
    }
    return unknownStrip(word);
  }

  /**
   * Article-bearing clitics (وال, بال, لل ...) are unambiguous. A lone و is a clitic before a long rest that
   * starts with a consonant (وموسكو), not before a vowel letter (وارسو, ويليام); ف, ب, ل, ك start too many
   * foreign names (فولوديمير, بنغالور) to be removed without the lexicon.
   */
  static String unknownStrip(String word) {
    for (String p : PREFIXES) {
      if (!word.startsWith(p)) {
        continue;
      }
      String rest = word.substring(p.length());
      if (hasArticle(p) && rest.length() >= MIN_REST) {
        return "ال" + rest;
      }
      if (p.equals("و") && rest.length() >= MIN_UNKNOWN_REST && "اوي".indexOf(rest.charAt(0)) < 0) {
        return rest;
      }
    }
    return word;
  }

  /** {@code word} without the proclitic {@code p} it starts with; the article a proclitic carries stays (بالعراق → العراق). */
  static String without(String word, String p) {
    String rest = word.substring(p.length());
    return hasArticle(p) ? "ال" + rest : rest;
  }

  /** Whether the proclitic ends in the article (وال, بال, لل ...: لل is ل + ال). */
  private static boolean hasArticle(String p) {
    return p.endsWith("ال") || p.endsWith("لل");
  }

  /** The longest proclitic {@code word} could carry, or "" (a model feature: no lexicon needed). */
  public static String longestPrefix(String word) {
    for (String p : PREFIXES) {
      if (word.length() - p.length() >= MIN_REST + 1 && word.startsWith(p)) {
        return p;
      }
    }
    return "";
  }
}
