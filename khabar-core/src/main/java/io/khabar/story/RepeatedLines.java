package io.khabar.story;

import io.khabar.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lines an outlet repeats across its articles: bylines, "follow us" notices, section furniture, and the leads of
 * other articles some outlets print under each story. Comparing texts with them makes an outlet's articles look
 * alike whatever they report, so they are removed first. A line counts as repeated once it has appeared in an
 * earlier article of the same outlet that is not a copy of this one (copies share every line, by nature).
 */
final class RepeatedLines {
  /** Compiled once: String.split and replaceAll compile their pattern at every call, twice an article and line. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Where a line was met: the duplicate groups of the outlet's articles that carry it (two are enough), and when. */
  private static final class Seen {
    String group;
    boolean inSeveralGroups;
    long last;
  }

  private final Map<String, Map<String, Seen>> byOutlet = new HashMap<>();

  /** The article's text lines that are not repeated from its outlet's other articles, in order. */
  List<String> kept(Article a, String dupGroup) {
    Map<String, Seen> seen = byOutlet.getOrDefault(a.source(), Map.of());
    List<String> out = new ArrayList<>();
    for (String line : lines(a.text())) {
      Seen s = seen.get(line);
      if (s == null || (!s.inSeveralGroups && s.group.equals(dupGroup))) {
        out.add(line);
      }
    }
    return out;
  }

  /** Remembers the article's lines, met at {@code time} (epoch millis). */
  void register(Article a, String dupGroup, long time) {
    Map<String, Seen> seen = byOutlet.computeIfAbsent(a.source(), o -> new HashMap<>());
    for (String line : lines(a.text())) {
      Seen s = seen.computeIfAbsent(line, l -> new Seen());
      if (s.group == null) {
        s.group = dupGroup;
      } else if (!s.group.equals(dupGroup)) {
        s.inSeveralGroups = true;
      }
      s.last = Math.max(s.last, time);
    }
  }

  /** Forgets lines last met before {@code time}. */
  void forgetBefore(long time) {
    for (Map<String, Seen> seen : byOutlet.values()) {
      for (Iterator<Seen> it = seen.values().iterator(); it.hasNext(); ) {
        if (it.next().last < time) {
          it.remove();
        }
      }
    }
  }

  void clear() {
    byOutlet.clear();
  }

  /** Non-empty lines, whitespace collapsed: the unit an outlet repeats. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : LINE_BREAK.split(text)) {
      String line = SPACES.matcher(raw.strip()).replaceAll(" ");
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }
}
