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
    add(m, "ال", ""); // an empty stem, and an empty word, are kept too
    add(m, "", "");
    assertEquals("", find(m, "ال") + find(m, ""));
    assertEquals(4, m.size());
  }

  @Test
  void agreesWithTwoGenerationsOfMapsOverManyWords() {
    int capacity = 1000;
    StemMemory m = new StemMemory(capacity);
    // The model: the words of the current generation and of the one before it, the stem each was given.
    Map<String, String> current = new HashMap<>();
    Map<String, String> old = new HashMap<>();
    Random random = new Random(20261208);
    for (int i = 0; i < 20_000; i++) {
      String word = word(random);
      String expected = current.containsKey(word) ? current.get(word) : old.get(word);
      String found = find(m, word);
      assertEquals(expected, found, word);
      if (!current.containsKey(word)) { // found in the old generation (moved back), or not at all (added)
        if (current.size() >= capacity) {
          old = current;
          current = new HashMap<>();
        }
        String stem = found != null ? found : word.substring(0, Math.max(0, word.length() - 2));
        if (found == null) {
          add(m, word, stem);
        }
        current.put(word, stem);
      }
      assertEquals(current.size(), m.size());
    }
  }

  @Test
  void aWordOfTheOldGenerationIsKeptWhenMetAgainAndAnUnmetOneIsForgotten() {
    StemMemory m = new StemMemory(2);
    add(m, "أ", "1");
    add(m, "ب", "2");
    add(m, "ت", "3"); // the first generation (أ, ب) is full: ت starts the second
    assertEquals("1", find(m, "أ")); // from the first generation, back into the second (now full: ت, أ)
    add(m, "ث", "4"); // a third generation starts; the first is forgotten
    assertEquals("1", find(m, "أ"));
    assertEquals("3", find(m, "ت"));
    assertNull(find(m, "ب"));
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
