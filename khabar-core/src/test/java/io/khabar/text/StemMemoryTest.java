package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stem memory finds what it was given, in a buffer longer than the word, until it starts over. */
class StemMemoryTest {

  private static String stemOf(char[] entry, int length) {
    return entry == null ? null : new String(entry, 1 + length, entry.length - 1 - length);
  }

  private static String find(StemMemory m, String word) {
    char[] buffer = (word + "زائد").toCharArray(); // as a term buffer: longer than the word
    return stemOf(m.find(buffer, word.length()), word.length());
  }

  private static void add(StemMemory m, String word, String stem) {
    char[] buffer = (word + "زائد").toCharArray();
    assertEquals(stem, stemOf(m.add(buffer, word.length(), stem.toCharArray(), stem.length()), word.length()));
  }

  @Test
  void findsTheStemOfAWordItWasGivenAndNothingForOthers() {
    StemMemory m = new StemMemory(10);
    add(m, "والكتاب", "كتاب");
    add(m, "الكتاب", "كتاب");
    assertEquals("كتاب", find(m, "والكتاب"));
    assertEquals("كتاب", find(m, "الكتاب"));
    assertNull(find(m, "كتاب"));
    assertNull(find(m, "والكتا"), "a prefix of a word is another word");
    assertNull(find(m, "والكتابة"), "so is a longer one");
    assertEquals(2, m.size());
  }

  @Test
  void anEmptyStemAndAnEmptyWordAreKept() {
    StemMemory m = new StemMemory(4);
    add(m, "ال", "");
    add(m, "", "");
    assertEquals("", find(m, "ال"));
    assertEquals("", find(m, ""));
  }

  @Test
  void agreesWithAMapOverManyWordsAndStartsOverWhenFull() {
    int capacity = 1000;
    StemMemory m = new StemMemory(capacity);
    Map<String, String> since = new HashMap<>(); // what was added since the memory last started over
    Random random = new Random(20261208);
    for (int i = 0; i < 20_000; i++) {
      String word = word(random);
      String found = find(m, word);
      assertEquals(since.get(word), found, word);
      if (found == null) {
        if (since.size() >= capacity) {
          since.clear();
        }
        String stem = word.substring(0, Math.max(0, word.length() - 2));
        add(m, word, stem);
        since.put(word, stem);
      }
      assertEquals(since.size(), m.size());
    }
  }

  @Test
  void aWordTooLongToCountIsStemmedButNotRemembered() {
    StemMemory m = new StemMemory(4);
    String word = "ب".repeat(Character.MAX_VALUE + 1);
    add(m, word, "ب");
    assertNull(find(m, word));
    assertEquals(0, m.size());
  }

  @Test
  void refusesAnEmptyMemory() {
    assertThrows(IllegalArgumentException.class, () -> new StemMemory(0));
  }

  /** A word of 1 to 6 letters from a few: many repeats, many near-misses. */
  private static String word(Random random) {
    String letters = "ابتثجحخد";
    StringBuilder b = new StringBuilder();
    for (int n = 1 + random.nextInt(6); n > 0; n--) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }
}
