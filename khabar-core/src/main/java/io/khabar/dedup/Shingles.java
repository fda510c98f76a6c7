package io.khabar.dedup;

import io.khabar.text.KhabarAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The set of word shingles of a text (runs of {@value #DEFAULT_SIZE} consecutive words), each hashed to
 * 64 bits and kept as a sorted array without repeats, so that two sets are compared by one merge.
 *
 * <p>Words are split as {@link io.khabar.text.TextFingerprint} splits them (letters, marks, digits) and
 * normalized by {@link KhabarAnalyzer#normalizeWord}, with digits folded to ASCII first: what copying a
 * wire story usually changes (diacritics, alef forms, ى/ي, ة/ه, hamza carriers, digit forms) must not
 * make two copies look different. There is no stemming and no stopword removal: a copy keeps the
 * function words, and they are what makes a 5-word run specific to one text.
 *
 * <p>A text with fewer words than the shingle size has one shingle of all its words (a short text still
 * equals its copy); a text without words has no shingles.
 *
 * <p>64-bit hashes: a corpus of ten million distinct shingles has a collision chance around 10^-6, and a
 * collision could only nudge one Jaccard value, never merge two texts.
 */
public final class Shingles {
  public static final int DEFAULT_SIZE = 5;

  private static final long[] EMPTY = new long[0];

  private Shingles() {}

  /** The {@value #DEFAULT_SIZE}-word shingles of {@code text}. */
  public static long[] of(String text) {
    return of(text, DEFAULT_SIZE);
  }

  /** The {@code size}-word shingles of {@code text}: sorted, unique 64-bit hashes. */
  public static long[] of(String text, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, got " + size);
    }
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return EMPTY;
    }
    int n = Math.max(1, words.length - size + 1);
    int width = Math.min(size, words.length);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = width; // the length is part of the hash: a short text's one shingle is not a prefix of a long one
      for (int j = i; j < i + width; j++) {
        h = MinHash.mix(h ^ words[j]); // the mixer is not linear, so word order matters
      }
      out[i] = h;
    }
    return sortedUnique(out);
  }

  /** The normalized words of {@code text}, in order: what the shingles are made of. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    forEachWord(text, out::add);
    return out;
  }

  /** Exact Jaccard similarity |A∩B| / |A∪B| of two sorted unique arrays; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int inter = intersectionSize(a, b);
    int union = a.length + b.length - inter;
    return union == 0 ? 0 : (double) inter / union;
  }

  /** |A∩B| of two sorted unique arrays, by merge. */
  public static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int inter = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        inter++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return inter;
  }

  private static long[] wordHashes(String text) {
    List<String> words = words(text);
    long[] hashes = new long[words.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = wordHash(words.get(i));
    }
    return hashes;
  }

  private static void forEachWord(String text, Consumer<String> consumer) {
    if (text == null) {
      return;
    }
    StringBuilder word = new StringBuilder(32);
    for (int i = 0, len = text.length(); i <= len; i++) {
      char c = i < len ? text.charAt(i) : ' '; // a sentinel space ends the last word
      if (isWordChar(c)) {
        // Digits fold here because normalizeWord leaves them (the analyzer folds them in a separate filter).
        word.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
      } else if (word.length() > 0) {
        String w = KhabarAnalyzer.normalizeWord(word.toString());
        word.setLength(0);
        if (!w.isEmpty()) { // a word of diacritics or a lone hamza folds to nothing
          consumer.accept(w);
        }
      }
    }
  }

  /** Letters, marks and digits, as TextFingerprint splits words (the two must agree on what a word is). */
  static boolean isWordChar(char c) {
    if (c >= '\u0621' && c <= '\u0652') {
      return true; // Arabic letters, tatweel and harakat: the common case, decided at once
    }
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** FNV-1a over the chars, then a final mix so that short words spread over all 64 bits. */
  private static long wordHash(String w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h = (h ^ w.charAt(i)) * 0x100000001b3L;
    }
    return MinHash.mix(h);
  }

  private static long[] sortedUnique(long[] a) {
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (n == 0 || a[i] != a[n - 1]) {
        a[n++] = a[i];
      }
    }
    return n == a.length ? a : Arrays.copyOf(a, n);
  }
}
