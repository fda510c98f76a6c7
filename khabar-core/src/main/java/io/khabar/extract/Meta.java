package io.khabar.extract;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's {@code <meta>} tags by lower-cased name, property or itemprop; the first non-empty value wins. */
final class Meta {
  private final Map<String, String> values = new HashMap<>();

  Meta(Document doc) {
    for (Element m : doc.select("meta[content]")) {
      String content = Text.clean(m.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
        if (!key.isEmpty()) {
          values.putIfAbsent(key.strip().toLowerCase(), content);
        }
      }
    }
  }

  /** The first of these keys the page sets, or "". */
  String get(String... keys) {
    for (String k : keys) {
      String v = values.get(k);
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  /** Values of every key containing {@code part}, e.g. every "...author..." tag. */
  Map<String, String> containing(String part) {
    Map<String, String> out = new HashMap<>();
    values.forEach((k, v) -> {
      if (k.contains(part)) {
        out.put(k, v);
      }
    });
    return out;
  }
}
