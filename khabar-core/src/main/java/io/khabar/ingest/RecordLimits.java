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
    String id = idProblem(a.id());
    if (id != null) {
      return id;
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
   * Why an id is refused as read (before any cleaning): control characters or bidi embeddings, overrides
   * and isolates. Cleaning them would make {@code a\u0000b} and {@code ab} one article, and an id shown
   * reversed by an override can pass for another; such ids are refused, never repaired.
   */
  public static String idProblem(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (isControl(c) || c == '\n' || c == '\t' || c == '\r') {
        return "id holds a control character (U+" + String.format("%04X", (int) c) + "); ids must be printable";
      }
      if (isBidiControl(c)) {
        return "id holds a bidi control character (U+" + String.format("%04X", (int) c) + "); ids must be printable";
      }
    }
    return null;
  }

  /**
   * The article cleaned: C0/C1 control characters (but tab and newline) become spaces, never glue the
   * words on either side ({@code عنوان\u0000مصغر} stays two words); a carriage return before a newline
   * is dropped, a lone one is a newline; and bidi embeddings, overrides and isolates (U+202A–202E,
   * U+2066–2069) are removed, so a title cannot be shown reversed or spill its direction onto the page.
   * The id is not cleaned: {@link #idProblem} refuses such ids.
   */
  public static Article clean(Article a) {
    if (!needsCleaning(a.url()) && !needsCleaning(a.source()) && !needsCleaning(a.title())
        && !needsCleaning(a.text()) && !needsCleaning(a.author()) && !needsCleaning(a.category())) {
      return a; // the usual case: no copy
    }
    return new Article(a.id(), clean(a.url()), clean(a.source()), clean(a.title()), clean(a.text()),
        a.published(), clean(a.author()), clean(a.category()), a.entities(), a.topic());
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0);
  }

  /** U+202A–202E (embeddings, overrides, pop) and U+2066–2069 (isolates). */
  static boolean isBidiControl(char c) {
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean needsCleaning(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c) || isBidiControl(c)) {
        return true;
      }
    }
    return false;
  }

  static String clean(String s) {
    if (!needsCleaning(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isBidiControl(c)) {
        continue;
      }
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\r') {
        b.append('\n');
      } else if (isControl(c)) {
        // A run of controls is one separator: a space, unless whitespace already stands on either side.
        int j = i;
        while (j + 1 < s.length() && (isControl(s.charAt(j + 1)) && s.charAt(j + 1) != '\r' || isBidiControl(s.charAt(j + 1)))) {
          j++;
        }
        boolean spaceBefore = b.length() == 0 || Character.isWhitespace(b.charAt(b.length() - 1));
        boolean spaceAfter = j + 1 >= s.length() || Character.isWhitespace(s.charAt(j + 1));
        if (!spaceBefore && !spaceAfter) {
          b.append(' ');
        }
        i = j;
      } else {
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
