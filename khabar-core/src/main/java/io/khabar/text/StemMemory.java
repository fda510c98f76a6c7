package io.khabar.text;

import java.util.Arrays;

/**
 * The stems of the words a {@link KhabarStemFilter} met last: an open-addressing table whose every entry is one
 * array holding the word's length, the word and its stem. Starts over when full.
 *
 * <p>Why not Lucene's {@code CharArrayMap}: it keeps keys and values in two tables of separate arrays, so a word
 * found cost four reads from memory far apart (the key's slot, the key, the value's slot, the value). In a profile
 * of an import, where name finding and indexing crowd the caches, those lookups were an eighth of the importing
 * thread, three times their share when analysis runs alone. Here a word found costs two: its slot and its entry.
 *
 * <p>Not thread-safe: one per filter, as the filter is one per thread's analysis chain.
 */
final class StemMemory {
  private final int capacity;
  private final char[][] entries; // [length, word..., stem...]; null: free
  private int size;

  /** A memory of at most {@code capacity} words (its table twice as large, rounded up to a power of two). */
  StemMemory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a stem memory holds at least one word, got " + capacity);
    }
    this.capacity = capacity;
    this.entries = new char[Integer.highestOneBit(capacity * 2 - 1) << 1][];
  }

  /**
   * The entry of {@code word[0..length)}, or null if not remembered: its stem is {@code entry[1 + length ..]}.
   * Words longer than a char can count are never remembered.
   */
  char[] find(char[] word, int length) {
    int mask = entries.length - 1;
    for (int slot = hash(word, length) & mask; ; slot = (slot + 1) & mask) {
      char[] e = entries[slot];
      if (e == null || matches(e, word, length)) {
        return e;
      }
    }
  }

  /** Remembers the stem of a word not remembered yet, forgetting every word first if full; returns its entry. */
  char[] add(char[] word, int length, char[] stem, int stemLength) {
    if (length > Character.MAX_VALUE) {
      return entry(word, length, stem, stemLength); // a stem for this once, not remembered
    }
    if (size >= capacity) {
      Arrays.fill(entries, null);
      size = 0;
    }
    int mask = entries.length - 1;
    int slot = hash(word, length) & mask;
    while (entries[slot] != null) {
      slot = (slot + 1) & mask;
    }
    char[] e = entry(word, length, stem, stemLength);
    entries[slot] = e;
    size++;
    return e;
  }

  int size() {
    return size;
  }

  private static char[] entry(char[] word, int length, char[] stem, int stemLength) {
    char[] e = new char[1 + length + stemLength];
    e[0] = (char) length;
    System.arraycopy(word, 0, e, 1, length);
    System.arraycopy(stem, 0, e, 1 + length, stemLength);
    return e;
  }

  private static boolean matches(char[] entry, char[] word, int length) {
    return entry[0] == length && Arrays.equals(entry, 1, 1 + length, word, 0, length);
  }

  /** The polynomial hash of the chars, mixed (murmur3's finalizer) so that linear probing spreads them. */
  private static int hash(char[] word, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + word[i];
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
