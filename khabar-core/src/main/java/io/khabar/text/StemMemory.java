package io.khabar.text;

import java.util.Arrays;

/**
 * The stems of the words a {@link KhabarStemFilter} met last, in two generations: words go into the current
 * table; when it holds {@code capacity} words it becomes the old one (the older one is forgotten) and a new
 * table starts, into which a word found in the old one moves back. Each table is open-addressing, its every
 * entry one array holding the word's length, the word and its stem.
 *
 * <p>Why not Lucene's {@code CharArrayMap}: it keeps keys and values in two tables of separate arrays, so a word
 * found cost four reads from memory far apart (the key's slot, the key, the value's slot, the value). In a profile
 * of an import, where name finding and indexing crowd the caches, those lookups were an eighth of the importing
 * thread, three times their share when analysis runs alone. Here a word found costs two: its slot and its entry.
 *
 * <p>Why two generations: a memory that starts over when full forgets the words of every day at once. Over the
 * words of the 8,000 oldest ANT articles, one of 30,000 words that starts over misses 16% of the running words;
 * two generations of 30,000 miss 8.5% (a least-recently-used memory of 30,000, 9.9%).
 *
 * <p>Not thread-safe: one per filter, as the filter is one per thread's analysis chain. The first table starts
 * small and grows with its words, so a chain that analyses only queries stays small.
 */
final class StemMemory {
  private static final int FIRST_SLOTS = 1024;

  private final int capacity;
  private Table current = new Table(FIRST_SLOTS);
  private Table old; // null until the first table fills

  /** A memory of {@code capacity} words a generation (each table at most twice as large, a power of two). */
  StemMemory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a stem memory holds at least one word, got " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The entry of {@code word[0..length)}, or null if not remembered: its stem is {@code entry[1 + length ..]}.
   * Words longer than a char can count are never remembered.
   */
  char[] find(char[] word, int length) {
    char[] e = current.find(word, length);
    if (e == null && old != null) {
      e = old.find(word, length);
      if (e != null) {
        keep(e, word, length);
      }
    }
    return e;
  }

  /** Remembers the stem of a word not remembered yet; returns its entry. */
  char[] add(char[] word, int length, char[] stem, int stemLength) {
    char[] e = new char[1 + length + stemLength];
    e[0] = (char) length;
    System.arraycopy(word, 0, e, 1, length);
    System.arraycopy(stem, 0, e, 1 + length, stemLength);
    if (length <= Character.MAX_VALUE) {
      keep(e, word, length);
    }
    return e;
  }

  /** The words the current generation holds. */
  int size() {
    return current.size;
  }

  private void keep(char[] entry, char[] word, int length) {
    if (current.size >= capacity) {
      old = current;
      current = new Table(old.entries.length); // as large as it grew: a busy chain fills it again
    } else if (current.size * 2 >= current.entries.length) {
      current = current.grown();
    }
    current.insert(entry, hash(word, 0, length));
  }

  /** The polynomial hash of {@code chars[from..from + length)}, mixed (murmur3's finalizer) for linear probing. */
  private static int hash(char[] chars, int from, int length) {
    int h = 0;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + chars[i];
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** One generation: entries by their word's hash, linear probing; at most half full. */
  private static final class Table {
    final char[][] entries; // [length, word..., stem...]; null: free
    int size;

    Table(int slots) {
      entries = new char[slots][];
    }

    char[] find(char[] word, int length) {
      int mask = entries.length - 1;
      for (int slot = hash(word, 0, length) & mask; ; slot = (slot + 1) & mask) {
        char[] e = entries[slot];
        if (e == null || e[0] == length && Arrays.equals(e, 1, 1 + length, word, 0, length)) {
          return e;
        }
      }
    }

    void insert(char[] entry, int hash) {
      int mask = entries.length - 1;
      int slot = hash & mask;
      while (entries[slot] != null) {
        slot = (slot + 1) & mask;
      }
      entries[slot] = entry;
      size++;
    }

    Table grown() {
      Table t = new Table(entries.length * 2);
      for (char[] e : entries) {
        if (e != null) {
          t.insert(e, hash(e, 1, e[0]));
        }
      }
      return t;
    }
  }
}
