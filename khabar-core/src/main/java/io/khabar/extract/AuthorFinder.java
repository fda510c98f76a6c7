package io.khabar.extract;

import static io.khabar.text.ArabicFolding.MATCHING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's author, from (in this order) the JSON-LD author, author meta tags, a byline written at the
 * head of the text ("كتب - يوسف عفيفي:", "بقلم: …", "By …"), and elements marked as the author or byline.
 * A candidate that names the site (or is a URL, or is too long to be a name) is never taken.
 */
final class AuthorFinder {
  private AuthorFinder() {}

  static final int MAX_WORDS = 6;
  private static final int NEAR_TITLE = 40;
  /** A byline line: a cue word, then the name, optionally closed by a colon. */
  private static final Pattern BYLINE = Pattern.compile(
      "^\\s*(?:كتبت|كتبه|كتبها|كتب|بقلم|اعداد|إعداد|تحرير|بواسطة|الكاتب|written by|by|par|author,?)(?![\\p{L}])"
          + "\\s*[:\\-–—/|\u0640]*\\s*(.+?)\\s*[:：]?\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** Accounts that publish for a site without naming anyone. */
  private static final java.util.Set<String> NOT_PEOPLE = java.util.Set.of("admin", "administrator", "editor",
      "webmaster", "staff", "root", "user", "المحرر", "محرر", "محرر الموقع", "اداره الموقع", "التحرير", "الموقع",
      // labels that stand in a byline slot without a name after them
      "التاريخ", "تاريخ", "الكاتب", "الكاتبه", "المصدر", "بواسطه", "كتب", "بقلم", "author", "by", "date");
  private static final Pattern NOT_A_NAME = Pattern.compile("https?:|www\\.|@|\\d{3,}|[<>{}=]");

  static String find(Document doc, Meta meta, JsonLd ld, List<String> sites, List<String> paragraphs,
      Element titleHeading) {
    // the outlet's name as its <title> ends is no author either ("<meta name=author>" = the outlet)
    List<String> siteNames = SiteNames.withTitleSuffix(doc, sites);
    List<String> candidates = new ArrayList<>(ld.authors());
    candidates.add(meta.get("author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author",
        "parsely-author", "byl"));
    for (Map.Entry<String, String> e : meta.containing("author").entrySet()) {
      candidates.add(e.getValue());
    }
    for (String c : candidates) {
      String name = clean(c, siteNames);
      if (!name.isEmpty()) {
        return name;
      }
    }
    for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
      String name = byline(paragraphs.get(i), siteNames);
      if (!name.isEmpty()) {
        return name;
      }
    }
    for (Element e : afterTitle(titleHeading)) {
      String name = byline(Text.clean(e.text()), siteNames);
      if (!name.isEmpty()) {
        return name;
      }
    }
    for (Element e : marked(doc, titleHeading)) {
      String name = clean(bylineOrSelf(Text.clean(e.text())), siteNames);
      if (!name.isEmpty()) {
        return name;
      }
    }
    return "";
  }

  /** The name in a byline paragraph ("كتب - يوسف عفيفي:"), or "" if the paragraph is not one. */
  static String byline(String paragraph, List<String> siteNames) {
    if (Text.words(paragraph) > MAX_WORDS + 2) {
      return "";
    }
    Matcher m = BYLINE.matcher(paragraph);
    if (!m.matches()) {
      return "";
    }
    // "كتب" is also the verb "wrote": a byline marks itself with a dash or colon, or uses an unambiguous cue
    String cue = paragraph.substring(0, m.start(1));
    boolean marked = cue.matches(".*[:\\-–—/|\u0640].*") || paragraph.strip().endsWith(":")
        || cue.strip().matches("(?i)بقلم|by|written by|بواسطة|author,|par");
    return marked ? clean(m.group(1), siteNames) : "";
  }

  private static String bylineOrSelf(String text) {
    Matcher m = BYLINE.matcher(text);
    return m.matches() ? m.group(1) : text;
  }

  /** Up to {@link #NEAR_TITLE} elements that follow the title heading, where bylines are written. */
  private static List<Element> afterTitle(Element titleHeading) {
    List<Element> out = new ArrayList<>();
    for (Element e = titleHeading; e != null && out.size() < NEAR_TITLE; e = next(e)) {
      if (e != titleHeading) {
        out.add(e);
      }
    }
    return out;
  }

  /** The next element in document order. */
  private static Element next(Element e) {
    if (e.childrenSize() > 0) {
      return e.child(0);
    }
    for (Element x = e; x != null; x = x.parent()) {
      Element sibling = x.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  /**
   * Elements that say they hold the author: rel/itemprop author, or a class/id word author, byline, writer.
   * Those after the title come first (a sidebar before it may list columnists).
   */
  private static List<Element> marked(Document doc, Element titleHeading) {
    List<Element> after = new ArrayList<>();
    List<Element> before = new ArrayList<>();
    boolean seenTitle = titleHeading == null;
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (e == titleHeading) {
        seenTitle = true;
      }
      if (isMarked(e)) {
        (seenTitle ? after : before).add(e);
      }
    }
    after.addAll(before);
    return after;
  }

  private static boolean isMarked(Element e) {
    if (e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").equalsIgnoreCase("author")) {
      return true;
    }
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    for (String w : Boilerplate.words(names)) {
      if (w.equals("author") || w.equals("byline") || w.equals("writer") || w.equals("authors")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name without decoration, or "" if it is no person's name (the site, a URL, a sentence, a dateline).
   * A byline that joins the site and a name ("هسبريس - محمد الراجي") gives the name; one that joins the site
   * and a city or agency ("سكاي نيوز عربية - أبوظبي") gives nothing.
   */
  static String clean(String raw, List<String> siteNames) {
    if (raw == null) {
      return "";
    }
    String s = trim(Text.clean(raw));
    if (s.isEmpty() || NOT_A_NAME.matcher(s).find()) {
      return "";
    }
    String[] parts = s.split("\\s+[\\-–—|/\u0640]\\s+|\\s*[|،]\\s*");
    if (parts.length > 1) {
      List<String> kept = new ArrayList<>();
      for (String p : parts) {
        if (!SiteNames.isSite(p, siteNames) && !Datelines.isDateline(p)) {
          kept.add(trim(p));
        }
      }
      if (kept.size() < parts.length) {
        s = kept.size() == 1 ? kept.get(0) : "";
      }
    }
    if (s.isEmpty() || Text.words(s) > MAX_WORDS || Datelines.isDateline(s) || SiteNames.isSite(s, siteNames)
        || NOT_PEOPLE.contains(MATCHING.fold(s))) {
      return "";
    }
    return s;
  }

  /** Without the punctuation around a name: a leading tatweel or dash ("ـ رقية …", "-صابر …"), bullets, colons. */
  static String trim(String s) {
    return s.replaceAll("^[\\s:\\-–—|،,\u0640*•·.«»\"'“”]+|[\\s:\\-–—|،,.\u0640*•·«»\"'“”]+$", "");
  }
}
