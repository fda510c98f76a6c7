package io.khabar.extract;

import static io.khabar.text.ArabicFolding.MATCHING;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The paragraphs of an article's container, cleaned of what sits inside article bodies without being the
 * article: link lines and lists, "read also" heads and the titles that follow them, the title repeated,
 * date lines, and the short calls to action a body often ends with ("تابعوا … على").
 */
final class ArticleBody {
  private ArticleBody() {}

  /** Titles that follow a "read also" head: at most this many, each short and without a full stop. */
  private static final int MAX_AFTER_CUE = 5;

  static List<String> paragraphs(Element container, Predicate<Element> skip, String title, DateParser dates) {
    String foldedTitle = MATCHING.fold(title);
    List<String> out = new ArrayList<>();
    int afterCue = 0;
    for (TextBlocks.Block b : TextBlocks.of(container, skip)) {
      String t = b.text();
      if (Boilerplate.isCue(t) && Text.words(t) <= 12) {
        afterCue = MAX_AFTER_CUE;
        continue;
      }
      if (b.linkDensity() >= 0.5 || !hasLetters(t)) {
        continue;
      }
      if (afterCue > 0) {
        afterCue--;
        if (Text.words(t) <= 20 && !endsSentence(t)) {
          continue;
        }
      }
      afterCue = 0;
      if (!foldedTitle.isEmpty() && MATCHING.fold(t).equals(foldedTitle)) {
        continue;
      }
      if (isDateLine(t, dates)) {
        continue;
      }
      out.add(t);
    }
    return out;
  }

  /**
   * A line that is a date and a few labels, not a sentence: short ("10 مايو 2023"), or labelled with ':', '|'
   * or ' - ' ("الرياض - واس الأربعاء ١٥ ربيع الأول ١٤٤٦ هـ", "تاريخ النشر : الأحد 01:55 | 2020-06-21", "أدرج يوم : الثلاثاء، 02 حزيران/يونيو 2020 16:29 الفئة :
   * الجزائر قراءة : 8 مرات"). A short sentence that mentions a date ("وكان الرئيس قد زار القاهرة في 5 مايو
   * 2023") has neither and stays.
   */
  static boolean isDateLine(String t, DateParser dates) {
    int words = Text.words(t);
    boolean labelled = (t.indexOf(':') >= 0 || t.indexOf('|') >= 0 || t.contains(" - ")) && t.indexOf('،') < 0;
    return t.length() <= 140 && !endsSentence(t) && (words <= 6 || (words <= 18 && labelled))
        && dates.parse(t).isPresent();
  }

  /**
   * Drops what frames the text rather than being it: trailing fragments of up to four words (a "follow us"
   * line, a label), and leading lines of up to eight words with no sentence end (roles, datelines, labels
   * above the first sentence). A subhead inside the text is kept: it has text on both sides.
   */
  static void trimEnds(List<String> out) {
    dropTrailingTable(out);
    while (!out.isEmpty() && isFragment(out.get(out.size() - 1), 4)) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && isFragment(out.get(0), 8)) {
      out.remove(0);
    }
  }

  /** A run of at least this many short lines closing the text is a widget or a data table, not the article. */
  static final int MIN_TABLE_RUN = 8;

  /**
   * Drops a long run of short lines that ends the text, each a label or a cell ("بنك مصر", "4 ساعات", "سعر
   * البيع"): a rates widget or a table laid out after the article. A few short lines (a subhead, a name) are
   * not a run.
   */
  static void dropTrailingTable(List<String> out) {
    int start = out.size();
    int words = 0;
    while (start > 0) {
      String t = out.get(start - 1);
      int w = Text.words(t);
      if (w > 12 || endsWithStop(t)) {
        break;
      }
      words += w;
      start--;
    }
    int run = out.size() - start;
    if (run >= MIN_TABLE_RUN && words <= 5 * run && start > 0) {
      out.subList(start, out.size()).clear();
    }
  }

  private static boolean endsWithStop(String t) {
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '؟' || c == '?' || c == '!' || c == '…' || c == ':';
  }

  private static boolean isFragment(String t, int maxWords) {
    return Text.words(t) <= maxWords && !endsSentence(t);
  }

  static boolean endsSentence(String t) {
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '؟' || c == '?' || c == '!' || c == '…' || c == '"' || c == '»' || c == '”' || c == ')';
  }

  private static boolean hasLetters(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
