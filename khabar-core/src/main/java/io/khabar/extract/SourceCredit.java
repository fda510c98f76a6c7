package io.khabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet or agency an article credits as its origin: a short line such as "المصدر: الجزيرة",
 * "المصدر : وكالة الأنباء السعودية (واس)", "(نقلا عن رويترز)", "نقلاً عن موقع …", "Source: Reuters". Only
 * short lines count: "نقلا عن" inside a long sentence attributes a quote, not the article.
 */
public final class SourceCredit {
  private SourceCredit() {}

  static final int MAX_WORDS = 12;
  private static final Pattern CREDIT = Pattern.compile(
      "^[\\s(\\[«-]*(?:المصدر|مصدر الخبر|مصدر|المصادر|نقلا عن|نقلاً عن|نقلًا عن|نقلا من|نقلاً من|عن|source|sources|via"
          + "|credit|source\\s*:|d'après|avec)\\s*[:：\\-–—]?\\s*(.+?)[\\s)\\]».]*$",
      Pattern.CASE_INSENSITIVE);

  /** The credited source if {@code line} is a credit line, else "". */
  public static String of(String line) {
    if (line == null || Text.words(line) > MAX_WORDS) {
      return "";
    }
    String s = Text.clean(line);
    Matcher m = CREDIT.matcher(s);
    if (!m.matches()) {
      return "";
    }
    String cue = s.substring(0, m.start(1));
    // a bare "عن"/"via" is a credit only with a colon or brackets: "عن الحرب" is how a sentence starts
    if (cue.strip().matches("(?i)[(\\[«]*\\s*(عن|via|avec)") && !cue.contains(":") && !s.startsWith("(")) {
      return "";
    }
    String source = m.group(1).replaceAll("^[\\s:،,]+|[\\s:،,]+$", "");
    if (source.indexOf('(') > source.indexOf(')')) {
      source += ")"; // the pattern took the closing bracket of "(كونا)" for punctuation
    }
    return Text.words(source) == 0 || Text.words(source) > 8 ? "" : source;
  }

  /** A credit line: where it is among the paragraphs and the source it names. */
  record Credit(int index, String source) {}

  /** The credit among an article's first two and last three paragraphs, or null. */
  static Credit find(List<String> paragraphs) {
    int n = paragraphs.size();
    for (int i = n - 1; i >= 0; i--) {
      if (i < n - 3 && i >= 2) {
        continue;
      }
      String s = of(paragraphs.get(i));
      if (!s.isEmpty()) {
        return new Credit(i, s);
      }
    }
    return null;
  }
}
