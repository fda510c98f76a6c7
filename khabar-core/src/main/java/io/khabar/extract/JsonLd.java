package io.khabar.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org article a page describes in its JSON-LD scripts ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}…, also inside {@code @graph} and arrays). Pages write JSON-LD carelessly (raw line
 * breaks inside strings, trailing commas), so it is read leniently; a script that still cannot be read is
 * skipped.
 */
public record JsonLd(String headline, String datePublished, List<String> authors, String publisher,
    String image, String url) {

  static final JsonLd NONE = new JsonLd("", "", List.of(), "", "", "");
  private static final int MAX_SCRIPT = 1 << 20;
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
      "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle");
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  /** The first article object of the page's JSON-LD, or {@link #NONE}. */
  public static JsonLd of(Document doc) {
    for (Element script : doc.select("script[type~=(?i)ld\\+json]")) {
      String data = script.data();
      JsonLd ld = data.length() > MAX_SCRIPT ? NONE : parse(data);
      if (ld != NONE) {
        return ld;
      }
    }
    return NONE;
  }

  /** The article object of one JSON-LD text, or {@link #NONE} (also when it cannot be read). */
  public static JsonLd parse(String json) {
    try {
      JsonNode article = find(JSON.readTree(json.strip()), 0);
      return article == null ? NONE : read(article);
    } catch (Exception e) {
      // unreadable JSON-LD is the page's problem: the other sources of metadata still count
      return NONE;
    }
  }

  private static JsonNode find(JsonNode n, int depth) {
    if (n == null || depth > 8) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        JsonNode f = find(c, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!n.isObject()) {
      return null;
    }
    if (isArticle(n.get("@type"))) {
      return n;
    }
    JsonNode f = find(n.get("@graph"), depth + 1);
    return f != null ? f : find(n.get("mainEntity"), depth + 1);
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText().toLowerCase();
    return ARTICLE_TYPES.contains(t.substring(t.lastIndexOf('/') + 1));
  }

  private static JsonLd read(JsonNode a) {
    String headline = text(a.get("headline"));
    if (headline.isEmpty()) {
      headline = text(a.get("name"));
    }
    String date = text(a.get("datePublished"));
    if (date.isEmpty()) {
      date = text(a.get("dateCreated"));
    }
    return new JsonLd(Text.clean(Parser.unescapeEntities(headline, false)), date, names(a.get("author")), Text.clean(name(a.get("publisher"))),
        url(a.get("image")), url(a.has("url") ? a.get("url") : a.get("mainEntityOfPage")));
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        out.addAll(names(c));
      }
      return out;
    }
    if (n.isObject() && n.path("@type").asText().equalsIgnoreCase("Organization")) {
      return out; // an organization is the publisher speaking, not an author
    }
    String name = Text.clean(Parser.unescapeEntities(name(n), false));
    if (!name.isEmpty()) {
      out.add(name);
    }
    return out;
  }

  private static String name(JsonNode n) {
    if (n == null) {
      return "";
    }
    if (n.isArray()) {
      return n.isEmpty() ? "" : name(n.get(0));
    }
    return n.isObject() ? text(n.get("name")) : n.asText("");
  }

  private static String url(JsonNode n) {
    if (n == null) {
      return "";
    }
    if (n.isArray()) {
      return n.isEmpty() ? "" : url(n.get(0));
    }
    if (n.isObject()) {
      return text(n.has("url") ? n.get("url") : n.get("@id"));
    }
    return n.asText("").strip();
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return "";
    }
    if (n.isArray()) {
      return n.isEmpty() ? "" : text(n.get(0));
    }
    return n.isValueNode() ? n.asText("").strip() : "";
  }
}
