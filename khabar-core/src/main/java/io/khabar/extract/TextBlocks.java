package io.khabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits an element's text into the blocks a reader sees: a new block at every block-level element and at
 * every {@code <br>}, so that paragraphs written as {@code <p>}, as {@code <div>}s or as text broken by
 * {@code <br>} all come out one per block. Each block knows how much of it is link text and which element
 * holds it. The walk is iterative (jsoup's {@link NodeTraversor}), so depth costs no stack.
 */
final class TextBlocks {
  private TextBlocks() {}

  static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
      "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
      "table", "tbody", "thead", "tfoot", "tr", "td", "th", "figure", "figcaption", "form", "hr", "br", "center",
      "address", "details", "summary", "fieldset", "body", "html", "caption", "tt", "option");

  /** One block of text. {@code owner} is the innermost block-level element around it. */
  record Block(String text, int linkChars, Element owner) {
    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
  }

  /** The blocks under {@code root}, skipping (with their whole subtree) the elements {@code skip} accepts. */
  static List<Block> of(Element root, Predicate<Element> skip) {
    Collector c = new Collector(root, skip);
    NodeTraversor.filter(c, root);
    c.flush();
    return c.blocks;
  }

  private static final class Collector implements NodeFilter {
    private final Element root;
    private final Predicate<Element> skip;
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private Element owner;

    Collector(Element root, Predicate<Element> skip) {
      this.root = root;
      this.skip = skip;
      this.owner = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        int before = text.length();
        text.append(s);
        if (linkDepth > 0) {
          linkChars += text.length() - before;
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e != root && skip.test(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (BLOCK_TAGS.contains(e.normalName())) {
        flush();
        owner = e;
      } else if (e.normalName().equals("a")) {
        linkDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (BLOCK_TAGS.contains(e.normalName())) {
          flush();
          owner = e.parent() != null && e != root ? blockAncestor(e.parent()) : root;
        } else if (e.normalName().equals("a")) {
          linkDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    private Element blockAncestor(Element e) {
      Element x = e;
      while (x != null && x != root && !BLOCK_TAGS.contains(x.normalName())) {
        x = x.parent();
      }
      return x == null ? root : x;
    }

    void flush() {
      if (text.length() > 0) {
        String clean = Text.clean(text.toString());
        if (!clean.isEmpty()) {
          int raw = text.length();
          int links = raw == 0 ? 0 : (int) Math.round((double) linkChars * clean.length() / raw);
          blocks.add(new Block(clean, links, owner));
        }
      }
      text.setLength(0);
      linkChars = 0;
    }
  }
}
