package io.khabar.ingest;

import io.khabar.model.Article;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one ANT corpus document ({@code <DOC><DOCNO>…<URL>…<SRC>…<CAT>…<TITLE>…<TIME>…<AUTHOR>…
 * <ABSTRACT>…<TEXT>…</DOC>}). The files are TREC-like, not XML (texts hold bare {@code &} and
 * {@code <}), so tags are found by position, not by an XML parser.
 */
public final class AntDocumentParser {
  private static final Pattern DOCNO_DATE = Pattern.compile("-(\\d{8})$");
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  /** Parses a document; the published date falls back to the DOCNO's date (midnight UTC) when TIME is unusable. */
  public Article parse(String doc) throws BadRecordException {
    if (doc.isBlank()) {
      throw new BadRecordException(1, "empty file");
    }
    if (!doc.contains("<DOC>")) {
      throw new BadRecordException(1, "no <DOC> element: not an ANT document");
    }
    if (!doc.contains("</DOC>")) {
      throw new BadRecordException(lineCount(doc), "no closing </DOC>: truncated document");
    }
    String id = tag(doc, "DOCNO");
    if (id == null || id.isBlank()) {
      throw new BadRecordException(lineOf(doc, "<DOC>"), "missing <DOCNO>");
    }
    String text = tag(doc, "TEXT");
    if (text == null || text.isBlank()) {
      throw new BadRecordException(lineOf(doc, "<TEXT>"), "empty text");
    }
    return new Article(id.strip(), tag(doc, "URL"), source(tag(doc, "SRC")), tag(doc, "TITLE"),
        cleanText(text), published(tag(doc, "TIME"), id.strip()), tag(doc, "AUTHOR"), tag(doc, "CAT"));
  }

  private static String source(String src) {
    return src == null ? "" : src.strip().toLowerCase(Locale.ROOT);
  }

  static OffsetDateTime published(String time, String docno) {
    if (time != null && !time.isBlank()) {
      try {
        return OffsetDateTime.parse(time.strip(), RFC_822);
      } catch (DateTimeParseException e) {
        // fall through to the DOCNO date
      }
    }
    Matcher m = DOCNO_DATE.matcher(docno);
    if (m.find()) {
      try {
        return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /** Keeps paragraphs (one per line), drops blank lines and surrounding spaces. */
  static String cleanText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\\R")) {
      String p = line.strip();
      if (!p.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(p);
      }
    }
    return out.toString();
  }

  private static String tag(String doc, String name) {
    String open = "<" + name + ">";
    int start = doc.indexOf(open);
    if (start < 0) {
      return null;
    }
    start += open.length();
    int end = doc.indexOf("</" + name + ">", start);
    return end < 0 ? null : doc.substring(start, end);
  }

  private static int lineOf(String doc, String marker) {
    int at = doc.indexOf(marker);
    return at < 0 ? 1 : lineCount(doc.substring(0, at));
  }

  private static int lineCount(String s) {
    int lines = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
