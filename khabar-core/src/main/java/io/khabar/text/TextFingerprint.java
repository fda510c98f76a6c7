package io.khabar.text;

/**
 * A signature of a text that survives what copying a wire story usually changes: diacritics,
 * tatweel, letter variants, digit forms, punctuation, spacing. Two texts with one fingerprint are one
 * text.
 *
 * <p>It runs on every imported article, so it is one pass over the characters: each character of the
 * Arabic block is folded through a table built from {@link KhabarAnalyzer#normalizeWord} (one
 * definition of normalization, not two), and the folded words feed two independent 64-bit hashes.
 */
public final class TextFingerprint {
  private static final int BLOCK = 0x0600;
  /** Folded form of each Arabic-block character; 0 = dropped (diacritics, tatweel, lone hamza). */
  private static final char[] ARABIC = arabicTable();

  private TextFingerprint() {}

  public static String of(String text) {
    Hash hash = new Hash();
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        char f = fold(c);
        if (f != 0) {
          hash.add(f);
        }
        inWord = true;
      } else if (inWord) {
        hash.add(' ');
        inWord = false;
      }
    }
    if (inWord) {
      hash.add(' ');
    }
    return hash.hex();
  }

  /** Letters, marks (diacritics stay inside a word until dropped) and digits. */
  private static boolean isWordChar(char c) {
    if (c >= '\u0621' && c <= '\u0652') {
      return true; // Arabic letters, tatweel and harakat: the common case, decided at once
    }
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static char fold(char c) {
    if (c >= BLOCK && c < BLOCK + ARABIC.length) {
      return ARABIC[c - BLOCK];
    }
    if (Character.isDigit(c)) {
      return (char) ('0' + Character.digit(c, 10)); // Persian and other digit forms
    }
    return Character.toLowerCase(c);
  }

  private static char[] arabicTable() {
    char[] table = new char[0x100];
    for (int i = 0; i < table.length; i++) {
      char c = (char) (BLOCK + i);
      if (Character.isDigit(c)) {
        table[i] = (char) ('0' + Character.digit(c, 10));
        continue;
      }
      String folded = KhabarAnalyzer.normalizeWord(String.valueOf(c));
      table[i] = folded.isEmpty() ? 0 : folded.charAt(0);
    }
    return table;
  }

  /** FNV-1a and a multiply-rotate hash side by side: 128 bits, collisions out of reach for dedup. */
  private static final class Hash {
    private long a = 0xcbf29ce484222325L;
    private long b = 0x9E3779B97F4A7C15L;

    void add(char c) {
      a = (a ^ c) * 0x100000001b3L;
      b = Long.rotateLeft((b ^ c) * 0xC2B2AE3D27D4EB4FL, 31);
    }

    String hex() {
      return String.format("%016x%016x", a, b);
    }
  }
}
