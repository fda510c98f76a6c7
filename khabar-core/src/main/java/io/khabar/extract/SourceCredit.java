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
      "^[\\s(\\[«-]*(?:(?:هذا\\s+)?(?:الخبر\\s+|المقال\\s+|الموضوع\\s+)?منقول\\s+(?:من|عن)|المصدر|مصدر الخبر|مصدر|المصادر|نقلا عن|نقلاً عن|نقلًا عن|نقلا من|نقلاً من|عن|source|sources|via"
          + "|credit|source\\s*:|d'après|avec)\\s*[:：\\-–—]?\\s*(.+?)[\\s)\\]».]*$",
      Pattern.CASE_INSENSITIVE);

  /** The credited source if {@code line} is a credit line, else "". */
  public static String of(String line) {
    if (line == null || Text.words(line) > MAX_WORDS) {
      return "";
    }
    String s = Text.clean(line);
    String agency = agencyAlone(s);
    if (!agency.isEmpty()) {
      return agency;
    }
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

  /** Punctuation around an agency credit: "--(بترا)", "(أ ف ب)", "- واس -". */
  private static final String AROUND = "[\\s\\-–—\u0640()\\[\\]«».:،,*]";
  private static final Pattern TRAILING = Pattern.compile(
      "^(.*?[^\\s\\-–—\u0640(])\\s*(?:[\\-–—\u0640]+\\s*\\(\\s*([^()]{1,40}?)\\s*\\)|\\(\\s*([^()]{1,40}?)\\s*\\)"
          + "|[\\-–—\u0640]{2,}\\s*([^\\-–—\u0640()]{1,40}?))\\s*\\.?\\s*$", Pattern.DOTALL);

  /** The agency if {@code line} is an agency credit alone ("(بترا)", "--(بترا)", "واس", "أ ف ب"), else "". */
  static String agencyAlone(String line) {
    String s = line.replaceAll("^" + AROUND + "+|" + AROUND + "+$", "");
    return !s.isEmpty() && Text.words(s) <= 6 && Datelines.isAgency(s) ? s : "";
  }

  /**
   * A paragraph closed by an agency credit ("… في عمان. --(بترا)", "… الأمر (أ ف ب)"): [the paragraph without it,
   * the agency], or null.
   */
  static String[] trailingAgency(String paragraph) {
    Matcher m = TRAILING.matcher(paragraph);
    if (!m.matches()) {
      return null;
    }
    String agency = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    return agency != null && Datelines.isAgency(agency) ? new String[] {m.group(1).strip(), agency.strip()} : null;
  }

  /**
   * A credit: where it is among the paragraphs, the source it names, and what stays of the paragraph (null: the
   * whole paragraph is the credit and leaves the text).
   */
  record Credit(int index, String source, String rest) {
    Credit(int index, String source) {
      this(index, source, null);
    }
  }

  /**
   * The credit among an article's first two and last three paragraphs (a line of its own), else an agency credit
   * closing the last paragraph; or null.
   */
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
    if (n > 0) {
      String[] t = trailingAgency(paragraphs.get(n - 1));
      if (t != null) {
        return new Credit(n - 1, t[1], t[0]);
      }
    }
    return null;
  }
}
