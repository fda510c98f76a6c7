package io.khabar.enrich.ner;

import static io.khabar.text.ArabicFolding.NAMES;

import io.khabar.text.ArabicFolding;
import io.khabar.text.FoldingRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences of tokens the way ANERcorp is tokenized: a word is a run of letters, digits and
 * marks (clitics stay attached, as in the corpus); every other visible character is a token of its own. A
 * sentence ends at . ! ? ؟ or a line break, and is cut at {@link #MAX_SENTENCE} tokens so that the tagger's
 * work per sentence is bounded.
 */
public final class NerTokenizer {
  static final int MAX_SENTENCE = 80;
  /** What a word loses here: tatweel and invisible marks, which split nothing. */
  private static final ArabicFolding INSIDE_WORD =
      ArabicFolding.of(FoldingRule.TATWEEL, FoldingRule.INVISIBLE, FoldingRule.JOINERS);

  private final int maxTokens;

  /** @param maxTokens tokens read at most: the rest of a very long text is ignored. */
  public NerTokenizer(int maxTokens) {
    this.maxTokens = maxTokens;
  }

  public List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int total = 0;
    int i = 0;
    int n = text.length();
    while (i < n && total < maxTokens) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int start = i;
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
        String word = clean(text.substring(start, i));
        if (!word.isEmpty()) {
          current.add(word);
          total++;
        }
      } else {
        if (!Character.isWhitespace(c) && !NAMES.drops(c)) {
          current.add(String.valueOf(c));
          total++;
        }
        if (ends(c)) {
          flush(out, current);
          current = new ArrayList<>();
        }
        i++;
      }
      if (current.size() >= MAX_SENTENCE) {
        flush(out, current);
        current = new ArrayList<>();
      }
    }
    flush(out, current);
    return out;
  }

  private static void flush(List<List<String>> out, List<String> sentence) {
    if (!sentence.isEmpty()) {
      out.add(sentence);
    }
  }

  private static boolean ends(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n' || c == '\r';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || NAMES.drops(c) && !Character.isWhitespace(c) && c != '\u200B';
  }

  /**
   * Drops tatweel and invisible marks inside a word (they split nothing). Diacritics stay: a name is returned
   * as the article writes it, and the model's folding drops them anyway.
   */
  private static String clean(String word) {
    return INSIDE_WORD.fold(word);
  }
}
