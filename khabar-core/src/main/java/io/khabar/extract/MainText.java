package io.khabar.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds an article's text, in the manner of Readability: every block of prose (25+
 * characters, mostly not links) scores by its length and its commas, and gives that score to the element
 * around its paragraph (text written straight into a {@code <div>} counts as that div's own paragraph) and
 * half of it to the next one up. The best-scoring element wins; it then grows to its parent while the parent
 * adds real prose (an intro in a sibling block, say) and not mostly links.
 */
final class MainText {
  private MainText() {}

  static final int MIN_BLOCK = 25;
  /** Levels the container may grow: enough for an intro kept beside the body, bounded on deep pages. */
  private static final int MAX_GROWTH = 3;
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td",
      "th", "dd", "dt", "blockquote", "pre", "figure");

  /** The article's container under {@code body}, or {@code body} itself when nothing scores. */
  static Element container(Element body, Predicate<Element> skip) {
    List<TextBlocks.Block> blocks = TextBlocks.of(body, skip);
    boolean[] prose = new boolean[blocks.size()];
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlocks.Block b = blocks.get(i);
      prose[i] = isProse(b);
      if (!prose[i]) {
        continue;
      }
      double s = (1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3)) * (1 - b.linkDensity());
      Element first = PARAGRAPH_TAGS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
      if (first == null) {
        continue;
      }
      scores.merge(first, s, Double::sum);
      if (first.parent() != null && first != body) {
        scores.merge(first.parent(), s / 2, Double::sum);
      }
    }
    Element best = body;
    double top = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        best = e.getKey();
      }
    }
    return grow(best, body, blocks, prose);
  }

  static boolean isProse(TextBlocks.Block b) {
    return b.text().length() >= MIN_BLOCK && b.linkDensity() < 0.5 && !Boilerplate.isCue(b.text());
  }

  /** Moves up while the parent adds at least 80 characters of prose and more prose than link text. */
  private static Element grow(Element best, Element body, List<TextBlocks.Block> blocks, boolean[] prose) {
    Element current = best;
    int[] inside = totals(current, blocks, prose);
    for (int level = 0; level < MAX_GROWTH && current != body && current.parent() != null; level++) {
      Element parent = current.parent();
      int[] outer = totals(parent, blocks, prose);
      int addedProse = outer[0] - inside[0];
      int addedLinks = outer[1] - inside[1];
      if (addedProse < 80 || addedLinks >= addedProse) {
        break;
      }
      current = parent;
      inside = outer;
    }
    return current;
  }

  /** [prose characters, link characters] of the blocks under {@code e}. */
  private static int[] totals(Element e, List<TextBlocks.Block> blocks, boolean[] prose) {
    int proseChars = 0;
    int links = 0;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlocks.Block b = blocks.get(i);
      if (isUnder(b.owner(), e)) {
        if (prose[i]) {
          proseChars += b.text().length();
        }
        links += b.linkChars();
      }
    }
    return new int[] {proseChars, links};
  }

  private static boolean isUnder(Element x, Element ancestor) {
    for (Element p = x; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '،' || c == ',' || c == '؛') {
        n++;
      }
    }
    return n;
  }
}
