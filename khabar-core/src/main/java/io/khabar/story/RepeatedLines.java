package io.khabar.story;

import io.khabar.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Lines an outlet repeats across its articles: bylines, "follow us" notices, section furniture, and the leads of
 * other articles some outlets print under each story. Comparing texts with them makes an outlet's articles look
 * alike whatever they report, so they are removed first. A line counts as repeated once it has appeared in an
 * earlier article of the same outlet that is not a copy of this one (copies share every line, by nature).
 */
final class RepeatedLines {
  /** Where a line was met: the duplicate groups of the outlet's articles that carry it (two are enough), and when. */
  private static final class Seen {
    String group;
    boolean inSeveralGroups;
    long last;
  }

  private final Map<String, Map<String, Seen>> byOutlet = new HashMap<>();

  /**
   * The article's lines that are not repeated from its outlet's other articles, in order; then its lines are
   * remembered, met at {@code time} (epoch millis; null: not remembered, as an undated article is kept in no
   * day). One split of the text for both: grouping does the two for each article.
   */
  List<String> meet(Article a, String dupGroup, Long time) {
    List<String> lines = lines(a.text());
    List<String> kept = kept(a.source(), lines, dupGroup);
    if (time != null) {
      register(a.source(), lines, dupGroup, time);
    }
    return kept;
  }

  /** Remembers the article's lines, met at {@code time} (epoch millis). */
  void register(Article a, String dupGroup, long time) {
    register(a.source(), lines(a.text()), dupGroup, time);
  }

  private List<String> kept(String source, List<String> lines, String dupGroup) {
    Map<String, Seen> seen = byOutlet.getOrDefault(source, Map.of());
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      Seen s = seen.get(line);
      if (s == null || (!s.inSeveralGroups && s.group.equals(dupGroup))) {
        out.add(line);
      }
    }
    return out;
  }

  private void register(String source, List<String> lines, String dupGroup, long time) {
    Map<String, Seen> seen = byOutlet.computeIfAbsent(source, o -> new HashMap<>());
    for (String line : lines) {
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

  /**
   * Non-empty lines, whitespace collapsed: the unit an outlet repeats. Lines end at any of regex's {@code \R}
   * breaks; a line is stripped ({@link String#strip}) and its runs of spaces and tabs become one space. Written
   * out, not with patterns: splitting and collapsing by regex was most of this class's cost in an import.
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isBreak(text.charAt(i))) {
        addLine(text, start, i, out);
        start = i + 1;
      }
    }
    return out;
  }

  private static void addLine(String text, int from, int to, List<String> out) {
    String line = text.substring(from, to).strip();
    if (!line.isEmpty()) {
      out.add(hasLooseBlanks(line) ? collapseBlanks(line) : line);
    }
  }

  /** Whether a stripped line has a tab or two blanks in a row (most lines have neither and are kept as they are). */
  private static boolean hasLooseBlanks(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t' || (c == ' ' && isBlank(line.charAt(i + 1)))) { // stripped: a blank is never last
        return true;
      }
    }
    return false;
  }

  /** Each run of blanks (spaces and tabs) as one space. */
  private static String collapseBlanks(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!isBlank(c)) {
        b.append(c);
      } else if (!isBlank(line.charAt(i - 1))) { // stripped: a blank is never first
        b.append(' ');
      }
    }
    return b.toString();
  }

  /** The blanks regex's {@code \s} still finds inside a line, once its breaks are gone. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** The characters regex's {@code \R} matches alone (its \r\n pair only makes an empty line more). */
  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
