package io.khabar.extract;

import static io.khabar.text.ArabicFolding.MATCHING;

import io.khabar.text.ArabicFolding;
import io.khabar.text.FoldingRule;
import java.util.regex.Pattern;

/** Whitespace and invisible-character clean-up for text shown to readers, and the keys text is matched by. */
public final class Text {
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** The rule as a table: clean runs on every char of a page. */
  private static final ArabicFolding INVISIBLE = ArabicFolding.of(FoldingRule.INVISIBLE);

  private Text() {}

  /**
   * Direction marks, zero-width spaces, BOM and soft hyphens: pages scatter them at random, and they would
   * make equal words differ. ZWNJ/ZWJ are kept (they carry meaning in Persian and Urdu).
   */
  static boolean isInvisible(char c) {
    return INVISIBLE.drops(c);
  }

  /** Folded, letters and digits only: a key under which "مصراوي.كوم" and "مصراوي كوم" are one name. */
  static String key(String s) {
    return NOT_LETTER_OR_DIGIT.matcher(MATCHING.fold(s)).replaceAll("");
  }

  /** Collapses runs of whitespace (including no-break spaces) to one space, drops invisible marks, trims. */
  public static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Number of whitespace-separated words. */
  public static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }

  /** The element's text, but no more than {@code max} characters of it: cheap on huge elements. */
  static String prefix(org.jsoup.nodes.Element e, int max) {
    StringBuilder out = new StringBuilder();
    org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode t) {
          out.append(t.getWholeText());
        } else if (node instanceof org.jsoup.nodes.Element el && TextBlocks.BLOCK_TAGS.contains(el.normalName())) {
          out.append(' '); // BLOCK_TAGS holds br too
        }
        return out.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    return out.length() > max ? out.substring(0, max) : out.toString();
  }
}
