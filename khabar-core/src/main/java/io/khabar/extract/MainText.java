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

  /**
   * Blocks inside an element that is probably not the article (a form, a header, an ad wrapper) score this
   * share of their weight: evidence against a region, never its removal.
   */
  static final double UNLIKELY_WEIGHT = 0.1;

  /**
   * Where the text is. {@code container} holds the article (the best region, weighed down where tag, class or id
   * speak against it, then grown); {@code densest} is the element its text was scored to; {@code rawDensest} is
   * the best region by text and link density alone, with {@code rawProse} characters of prose under it, to check
   * the result against.
   */
  record Found(Element container, Element densest, Element rawDensest, int rawProse) {
    /** What to skip inside the container: what never holds text, and the unlikely that do not hold the text. */
    Predicate<Element> skip(Predicate<Element> never, Predicate<Element> unlikely) {
      return skipAround(densest, never, unlikely);
    }
  }

  /** Skip {@code never} elements, and {@code unlikely} ones unless they hold {@code densest}. */
  static Predicate<Element> skipAround(Element densest, Predicate<Element> never, Predicate<Element> unlikely) {
    return e -> never.test(e) || (unlikely.test(e) && !isUnder(densest, e));
  }

  /** The article's container under {@code body}, or {@code body} itself when nothing scores. */
  static Element container(Element body, Predicate<Element> skip) {
    return find(body, skip, e -> false).container();
  }

  /**
   * Scores every prose block under {@code body} (skipping {@code never} elements), weighing down blocks under an
   * {@code unlikely} element by {@link #UNLIKELY_WEIGHT}.
   */
  static Found find(Element body, Predicate<Element> never, Predicate<Element> unlikely) {
    List<TextBlocks.Block> blocks = TextBlocks.of(body, never);
    boolean[] prose = new boolean[blocks.size()];
    boolean[] down = new boolean[blocks.size()];
    Map<Element, Boolean> unlikelyCache = new IdentityHashMap<>();
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, Double> raw = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlocks.Block b = blocks.get(i);
      prose[i] = isProse(b);
      down[i] = under(b.owner(), body, unlikely, unlikelyCache);
      if (!prose[i]) {
        continue;
      }
      double s = (1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3)) * (1 - b.linkDensity());
      double w = down[i] ? s * UNLIKELY_WEIGHT : s;
      Element first = PARAGRAPH_TAGS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
      if (first == null) {
        continue;
      }
      scores.merge(first, w, Double::sum);
      raw.merge(first, s, Double::sum);
      if (first.parent() != null && first != body) {
        scores.merge(first.parent(), w / 2, Double::sum);
        raw.merge(first.parent(), s / 2, Double::sum);
      }
    }
    Element best = argmax(scores, body);
    Element rawBest = argmax(raw, body);
    // blocks under an unlikely element that does not hold the best region are not the article's: they do
    // not make the container grow
    boolean[] counted = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      counted[i] = !down[i] || !under(blocks.get(i).owner(), best, unlikely, unlikelyCache, true);
    }
    Element container = grow(best, body, blocks, prose, counted);
    int rawProse = totals(rawBest, blocks, prose, null)[0];
    return new Found(container, best, rawBest, rawProse);
  }

  private static Element argmax(Map<Element, Double> scores, Element fallback) {
    Element best = fallback;
    double top = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  /** Whether {@code e} or an ancestor below {@code root} is {@code unlikely}. */
  private static boolean under(Element e, Element root, Predicate<Element> unlikely, Map<Element, Boolean> cache) {
    for (Element p = e; p != null && p != root; p = p.parent()) {
      if (cache.computeIfAbsent(p, unlikely::test)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code e} sits under an {@code unlikely} element that does not also hold {@code best}: such a block is
   * furniture beside the article, not the article's own wrapper.
   */
  private static boolean under(Element e, Element best, Predicate<Element> unlikely, Map<Element, Boolean> cache,
      boolean besideBest) {
    for (Element p = e; p != null; p = p.parent()) {
      if (cache.computeIfAbsent(p, unlikely::test) && !isUnder(best, p)) {
        return true;
      }
    }
    return false;
  }

  static boolean isProse(TextBlocks.Block b) {
    return b.text().length() >= MIN_BLOCK && b.linkDensity() < 0.5 && !Boilerplate.isCue(b.text());
  }

  /** Moves up while the parent adds at least 80 characters of prose and more prose than link text. */
  private static Element grow(Element best, Element body, List<TextBlocks.Block> blocks, boolean[] prose,
      boolean[] counted) {
    Element current = best;
    int[] inside = totals(current, blocks, prose, counted);
    for (int level = 0; level < MAX_GROWTH && current != body && current.parent() != null; level++) {
      Element parent = current.parent();
      int[] outer = totals(parent, blocks, prose, counted);
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

  /** [prose characters, link characters] of the blocks under {@code e} ({@code counted} ones, if given). */
  private static int[] totals(Element e, List<TextBlocks.Block> blocks, boolean[] prose, boolean[] counted) {
    int proseChars = 0;
    int links = 0;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlocks.Block b = blocks.get(i);
      if ((counted == null || counted[i]) && isUnder(b.owner(), e)) {
        if (prose[i]) {
          proseChars += b.text().length();
        }
        links += b.linkChars();
      }
    }
    return new int[] {proseChars, links};
  }

  static boolean isUnder(Element x, Element ancestor) {
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
