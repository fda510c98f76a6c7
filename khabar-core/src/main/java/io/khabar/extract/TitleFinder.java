package io.khabar.extract;

import static io.khabar.text.ArabicFolding.MATCHING;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title. Outlets decorate {@code og:title} and {@code <title>} with their name ("بوابة فيتو |
 * …", "… - إخوان أونلاين"), so the best title is a page heading that those texts contain; failing that, the
 * JSON-LD headline, then {@code og:title} or {@code <title>} with the segments that name the site cut off.
 */
final class TitleFinder {
  private TitleFinder() {}

  private static final int MAX_SCAN = 5000;
  private static final String SEPARATORS = "\\s+[|\\-–—:«»•·/]{1,2}\\s+|\\s*::\\s*|\\s*\\|\\s*";

  /** The title and the heading element that shows it (null when no heading does). */
  record Title(String text, Element heading) {}

  static Title find(Document doc, Meta meta, JsonLd ld, List<String> siteNames) {
    List<String> declared = new ArrayList<>();
    for (String s : new String[] {ld.headline(), meta.get("og:title"), meta.get("twitter:title"),
        Text.clean(doc.title()), meta.get("title")}) {
      if (!s.isEmpty()) {
        declared.add(s);
      }
    }
    Element heading = heading(doc, declared);
    if (heading != null) {
      return new Title(Text.clean(heading.text()), heading);
    }
    Element reworded = rewordedHeading(doc, declared, siteNames);
    if (reworded != null) {
      return new Title(Text.clean(reworded.text()), reworded);
    }
    for (String d : declared) {
      String t = stripSiteName(d, siteNames);
      if (!t.isEmpty()) {
        Element shown = headingEqualTo(doc, t);
        return new Title(t, shown != null ? shown : elementShowing(doc, t));
      }
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? new Title("", null) : new Title(Text.clean(h1.text()), h1);
  }

  /**
   * The longest h1–h3 whose text (8+ characters) one of the declared titles contains and is at least half as
   * long as that title without its site segments. The declared titles are folded once, not per heading.
   */
  private static Element heading(Document doc, List<String> declared) {
    List<String> folded = new ArrayList<>();
    List<Integer> bare = new ArrayList<>();
    for (String d : declared) {
      folded.add(MATCHING.fold(d));
      bare.add(MATCHING.fold(stripSiteName(d, List.of())).length());
    }
    Element best = null;
    int bestLength = 0;
    for (Element h : doc.select("h1, h2, h3")) {
      String t = MATCHING.fold(Text.clean(h.text()));
      if (t.length() < 8 || t.length() <= bestLength) {
        continue;
      }
      for (int i = 0; i < folded.size(); i++) {
        if (folded.get(i).contains(t) && t.length() * 2 >= bare.get(i)) {
          best = h;
          bestLength = t.length();
          break;
        }
      }
    }
    return best;
  }

  /**
   * The page's one {@code <h1>} when it words the declared title differently (an SEO {@code og:title} beside the
   * headline the reader sees): most of their words shared. What the page shows is the title.
   */
  private static Element rewordedHeading(Document doc, List<String> declared, List<String> siteNames) {
    if (declared.isEmpty()) {
      return null;
    }
    org.jsoup.select.Elements h1s = doc.select("h1");
    if (h1s.size() != 1) {
      return null;
    }
    java.util.Set<String> shown = wordSet(h1s.get(0).text());
    java.util.Set<String> said = wordSet(stripSiteName(declared.get(0), siteNames));
    if (shown.size() < 4 || said.size() < 4) {
      return null;
    }
    long common = shown.stream().filter(said::contains).count();
    return common * 2 >= shown.size() && common * 2 >= said.size() ? h1s.get(0) : null;
  }

  private static java.util.Set<String> wordSet(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : MATCHING.fold(Text.clean(text)).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static Element headingEqualTo(Document doc, String title) {
    String f = MATCHING.fold(title);
    for (Element h : doc.select("h1, h2, h3")) {
      if (MATCHING.fold(Text.clean(h.text())).equals(f)) {
        return h;
      }
    }
    return null;
  }

  /** The first body element whose whole text is the title (old pages set titles in {@code <font><b>}). */
  private static Element elementShowing(Document doc, String title) {
    if (doc.body() == null) {
      return null;
    }
    String f = MATCHING.fold(title);
    int seen = 0;
    for (Element e : doc.body().getAllElements()) {
      if (++seen > MAX_SCAN) {
        break;
      }
      if (MATCHING.fold(Text.clean(Text.prefix(e, title.length() + 40))).equals(f)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Cuts the site name from a declared title: segments naming the site go; if no site name is known, the
   * longest segment stays when the others are short (a site name is a few words).
   */
  static String stripSiteName(String title, List<String> siteNames) {
    String[] parts = title.split(SEPARATORS);
    if (parts.length == 1) {
      return title.strip();
    }
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (!SiteNames.isSite(p, siteNames)) {
        kept.add(p.strip());
      }
    }
    if (kept.size() == 1) {
      return kept.get(0);
    }
    String longest = "";
    for (String p : kept) {
      if (p.length() > longest.length()) {
        longest = p;
      }
    }
    int others = 0;
    for (String p : kept) {
      if (p != longest) {
        others = Math.max(others, Text.words(p));
      }
    }
    return others <= 4 ? longest : title.strip();
  }
}
