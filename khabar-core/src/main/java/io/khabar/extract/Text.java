package io.khabar.extract;

/** Whitespace and invisible-character clean-up for text shown to readers. */
public final class Text {
  private Text() {}

  /**
   * Direction marks, zero-width spaces, BOM and soft hyphens: pages scatter them at random, and they would
   * make equal words differ. ZWNJ/ZWJ are kept (they carry meaning in Persian and Urdu).
   */
  static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD' || c == '\u061C';
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
