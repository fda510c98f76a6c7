package io.khabar.extract;

import static io.khabar.text.ArabicFolding.MATCHING;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What is not the article, recognized the same way on every site: elements that never hold article text
 * (navigation, forms, scripts, asides), elements whose class or id names a page furniture (share bars,
 * comments, related lists, tags, ads, menus), hidden elements, and the phrases that head "read also"
 * blocks (اقرأ أيضا، إقرأ أيضاً، مقالات ذات صلة، مقالات مشابهة…) or invite readers to follow the outlet.
 */
public final class Boilerplate {
  private Boilerplate() {}

  /** Tags that never hold article text, whatever a page puts in them. */
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "button", "input", "select", "textarea", "object", "embed", "video", "audio", "map", "head", "link",
      "meta");
  /**
   * Tags that usually hold no article text, but may: an ASP.NET page wraps everything in one {@code <form>}, a
   * site may put its article inside {@code <header class="rtl">}. They weigh a region down; they never remove
   * the page's only text-dense region ({@link MainText}).
   */
  private static final Set<String> USUALLY_NOT_TEXT = Set.of("form", "nav", "footer", "aside", "header",
      "figcaption", "dialog", "menu");

  /** Class/id words that mark furniture even beside a word like "content" ("related-content", "article-tags"). */
  private static final Set<String> ALWAYS_FURNITURE = Set.of("share", "sharing", "sharer", "sharethis", "addthis",
      "social", "socials", "comment", "comments", "disqus", "related", "relateds", "breadcrumb", "breadcrumbs",
      "tag", "tags", "taglist", "keyword", "keywords", "advert", "advertisement", "adverts", "ads", "ad", "adslot",
      "adunit", "dfp", "newsletter", "outbrain", "taboola", "speakol", "subscribe", "popup", "modal", "cookie",
      "cookies");
  /** Class/id words of page furniture, unless the element also says it is content (class names are split at
   * '-', '_', spaces and camelCase). */
  private static final Set<String> FURNITURE = Set.of("adv", "banner", "banners", "sidebar", "footer", "menu",
      "navbar", "nav", "widget", "promo", "promotion", "trending", "marquee", "ticker", "pagination", "pager",
      "recommended", "recommendation", "recommendations", "readmore", "most", "popular", "author", "byline",
      "writer", "caption", "credit", "copyright", "rights", "follow", "print", "email", "whatsapp", "facebook",
      "twitter", "telegram", "next", "prev", "previous");
  /** Class/id words of the article itself. */
  private static final Set<String> CONTENT = Set.of("article", "content", "body", "story", "entry", "text",
      "details", "postbody", "articlebody", "maincontent");

  /** Heads of "read also" / related blocks and calls to follow the outlet, folded with {@code MATCHING}. */
  private static final List<String> CUES = List.of("اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "مقالات ذات صله",
      "مقالات مشابهه", "مقالات متعلقه", "اخبار ذات صله", "اخبار متعلقه",
      "مواضيع ذات صله", "قصص ذات صله", "تقارير ذات صله", "مواضيع متعلقه", "موضوعات ذات صله", "موضوعات متعلقه", "مواضيع قد تهمك", "قد يهمك",
      "يهمك ايضا", "شاهد ايضا", "طالع ايضا", "اقرا في", "للمزيد", "لمزيد", "اضغط هنا",
      "تابعونا علي", "تابعوا", "تابعنا علي", "شارك", "شاركها", "مشاركه", "انشر", "read also", "read more",
      "related", "see also", "also read", "more from", "follow us", "share this", "lire aussi");

  private static final List<String> FOLDED_CUES = CUES.stream().map(Boilerplate::letters).toList();

  static boolean neverText(Element e) {
    return NEVER_TEXT.contains(e.normalName()) || e.hasAttr("hidden")
        || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
        || e.attr("aria-hidden").equals("true");
  }

  /**
   * Whether the element is, by its tag, class or id, probably not the article (a form, nav, header, footer,
   * aside; a share bar, an ad wrapper): evidence that weighs a region down, not a verdict.
   */
  static boolean probablyNotText(Element e) {
    return USUALLY_NOT_TEXT.contains(e.normalName()) || isFurniture(e);
  }

  /** Whether the element's class or id names page furniture and nothing of the article. */
  public static boolean isFurniture(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    boolean furniture = false;
    boolean content = false;
    for (String word : words(names)) {
      if (ALWAYS_FURNITURE.contains(word)) {
        return true;
      }
      content |= CONTENT.contains(word);
      furniture |= FURNITURE.contains(word);
    }
    return furniture && !content;
  }

  /** Class and id words: "relatedItems post-tags" gives related, items, post, tags. */
  static List<String> words(String names) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder w = new StringBuilder();
    char prev = ' ';
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean camel = c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z';
      if ((!alnum || camel) && w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
      if (alnum) {
        w.append(Character.toLowerCase(c));
      }
      prev = c;
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** Whether a (short) text starts with a "read also" head or a call to follow or share. */
  public static boolean isCue(String text) {
    String f = letters(text.length() > 200 ? text.substring(0, 200) : text);
    for (String c : FOLDED_CUES) {
      if (f.startsWith(c) && (f.length() == c.length() || !Character.isLetter(f.charAt(c.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Folded, with every run of non-letters and non-digits one space, trimmed. */
  private static String letters(String text) {
    String f = MATCHING.fold(text);
    StringBuilder out = new StringBuilder(f.length());
    boolean gap = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}
