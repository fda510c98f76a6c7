package io.khabar.ingest.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of an HTML page, in the order HTML5 gives: a byte-order mark, the Content-Type
 * header's charset, a {@code <meta>} declaration in the first 4 KB; without any, UTF-8 if the bytes are
 * valid UTF-8, else windows-1256 (the legacy encoding of most Arabic sites; it also reads ISO-8859-6's
 * letters correctly for the common ones). Latin-1 labels mean windows-1252, as browsers read them.
 */
public final class Charsets {
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET = Pattern.compile(
      "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private Charsets() {}

  public static Charset detect(byte[] body, String contentType) {
    return bom(body)
        .or(() -> fromHeader(contentType))
        .or(() -> fromMeta(body))
        .orElseGet(() -> isUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1256);
  }

  /** The page as text, the byte-order mark dropped. */
  public static String decode(byte[] body, String contentType) {
    Charset cs = detect(body, contentType);
    int skip = bom(body).isPresent() ? (cs == StandardCharsets.UTF_8 ? 3 : 2) : 0;
    return new String(body, skip, body.length - skip, cs);
  }

  static Optional<Charset> bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  static Optional<Charset> fromHeader(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? byLabel(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> fromMeta(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? byLabel(m.group(1)) : Optional.empty();
  }

  /** The JDK's charset for a label; only what it reads otherwise (Latin-1 labels) or does not know is mapped here. */
  static Optional<Charset> byLabel(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1" -> l = "windows-1252";
      case "iso-8859-6-i", "iso-8859-6-e" -> l = "iso-8859-6";
      case "x-cp1256", "win-1256" -> l = "windows-1256";
      default -> { }
    }
    try {
      return Optional.of(Charset.forName(l));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // an unknown label is as good as none
    }
  }

  static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
