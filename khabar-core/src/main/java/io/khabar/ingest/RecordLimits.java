package io.khabar.ingest;

import io.khabar.model.Article;

/**
 * What one record may hold before it reaches the store. No real news article comes near these
 * bounds; a record past them is hostile or broken, and is refused with a reason instead of costing
 * the import its memory, its time or (for keyword fields over Lucene's 32 KB term limit) its life.
 */
public final class RecordLimits {
  public static final int MAX_ID_CHARS = 512;
  public static final int MAX_KEYWORD_CHARS = 256; // source and category are indexed as one term each
  public static final int MAX_URL_CHARS = 8192;
  public static final int MAX_TITLE_CHARS = 2000;
  public static final int MAX_AUTHOR_CHARS = 1000;
  public static final int MAX_TEXT_CHARS = 1_000_000;

  private RecordLimits() {}

  /** Why the article cannot be stored, or null when it can. */
  public static String problem(Article a) {
    if (a.id().isBlank()) {
      return "missing id";
    }
    if (a.text().isBlank()) {
      return "empty text";
    }
    return firstNonNull(tooLong("id", a.id(), MAX_ID_CHARS), tooLong("source", a.source(), MAX_KEYWORD_CHARS),
            tooLong("category", a.category(), MAX_KEYWORD_CHARS), tooLong("url", a.url(), MAX_URL_CHARS),
            tooLong("title", a.title(), MAX_TITLE_CHARS), tooLong("author", a.author(), MAX_AUTHOR_CHARS),
            tooLong("text", a.text(), MAX_TEXT_CHARS));
  }

  /**
   * The article without control characters (NUL and the other C0/C1 controls but tab and newline):
   * they are never content, break terminals and XML, and some tools read NUL as the end of a string.
   */
  public static Article clean(Article a) {
    if (!hasControls(a.id()) && !hasControls(a.url()) && !hasControls(a.source()) && !hasControls(a.title())
        && !hasControls(a.text()) && !hasControls(a.author()) && !hasControls(a.category())) {
      return a; // the usual case: no copy
    }
    return new Article(strip(a.id()), strip(a.url()), strip(a.source()), strip(a.title()), strip(a.text()),
        a.published(), strip(a.author()), strip(a.category()), a.entities(), a.topic());
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0);
  }

  private static boolean hasControls(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String tooLong(String field, String value, int max) {
    return value.length() > max ? field + " longer than " + max + " characters (" + value.length() + ")" : null;
  }

  private static String firstNonNull(String... reasons) {
    for (String r : reasons) {
      if (r != null) {
        return r;
      }
    }
    return null;
  }
}
