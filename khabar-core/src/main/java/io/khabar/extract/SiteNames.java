package io.khabar.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The names a page gives its own outlet ({@code og:site_name}, {@code application-name}, the JSON-LD
 * publisher, the twitter handle, the host name), so that no outlet is ever taken for an author or a title.
 */
final class SiteNames {
  private SiteNames() {}

  static List<String> of(Document doc, Meta meta, JsonLd ld, String url) {
    List<String> names = new ArrayList<>();
    for (String s : new String[] {meta.get("og:site_name"), meta.get("application-name"), ld.publisher(),
        meta.get("twitter:site").replace("@", ""), meta.get("publisher"), meta.get("copyright")}) {
      if (!s.isBlank()) {
        names.add(s);
      }
    }
    String host = host(url);
    if (!host.isEmpty()) {
      names.add(host);
    }
    return names;
  }

  /**
   * The names, and the last part of the page's {@code <title>} when it has parts ("… - صحيفة الأيام
   * البحرينية"): a name the outlet gives itself that no meta tag may state, for checking authors only (a short
   * title part may be the headline's own).
   */
  static List<String> withTitleSuffix(Document doc, List<String> names) {
    String title = doc.title();
    String[] parts = title.split("\\s+[\\-–—|:»«\u0640]+\\s+|\\s*\\|\\s*|\\s*::\\s*");
    if (parts.length < 2) {
      return names;
    }
    String last = Text.clean(parts[parts.length - 1]);
    if (last.isEmpty() || Text.words(last) > 5) {
      return names;
    }
    List<String> out = new ArrayList<>(names);
    out.add(last);
    return out;
  }

  /** "www.masrawy.com" gives "masrawy". */
  static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) {
        return "";
      }
      String[] parts = h.toLowerCase().split("\\.");
      String best = "";
      for (String p : parts) {
        if (!p.equals("www") && p.length() > best.length() && !p.matches("com|net|org|gov|edu|info|news")) {
          best = p;
        }
      }
      return best;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Whether {@code text} names the site: equal to, inside, or containing one of its names (letters only). */
  static boolean isSite(String text, List<String> names) {
    String t = Text.key(text);
    if (t.isEmpty()) {
      return false;
    }
    for (String n : names) {
      String s = Text.key(n);
      if (s.length() >= 3 && (t.equals(s) || (t.length() >= 4 && s.contains(t)) || t.contains(s))) {
        return true;
      }
    }
    return false;
  }
}
