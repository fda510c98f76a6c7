package io.khabar.web.pages;

import io.khabar.model.Article;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.text.ArabicFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities an article page shows as chips: only confident ones, one per name key, no particles.
 * The model's output is kept as stored (stories weigh it); this is what a reader is shown. An entity is
 * confident when its name has three letters or more, is no particle or title word, and either has two
 * words or more, or is written in the title, or occurs twice in the text. A person named in full
 * (إيفانكا ترامب) hides the same article's shorter mention of that person (إيفانكا).
 */
final class EntityChips {
  static final int MAX = 12;

  /** Words that are never a name alone, and never start one (the model sometimes takes them in). */
  private static final Set<String> NOT_NAMES = Set.of(
      "ال", "في", "من", "على", "عن", "الى", "إلى", "أن", "ان", "إن", "لا", "ما", "هذا", "هذه", "ذلك", "التي", "الذي",
      "قد", "كان", "مع", "بين", "بعد", "قبل", "حتى", "ثم", "او", "أو", "بل", "كل", "عند", "لدى", "منذ", "خلال",
      "بزعامة", "برئاسة", "بقيادة", "زعامة", "رئاسة", "قيادة", "زعيم",
      "السيد", "الشيخ", "قال", "وقال", "أكد", "وأكد", "أعلن", "وأعلن", "حسب", "وفق", "وفقا", "نحو", "لدي");

  private EntityChips() {}

  static List<Entity> of(Article a) {
    String text = a.text();
    Map<String, Entity> byKey = new LinkedHashMap<>();
    for (Entity e : a.entities()) {
      if (!confident(e, a.title(), text)) {
        continue;
      }
      byKey.merge(e.key(), e, (x, y) -> y.name().length() > x.name().length() ? y : x);
    }
    List<Entity> kept = new ArrayList<>(byKey.values());
    List<Entity> out = new ArrayList<>();
    for (Entity e : kept) {
      if (e.type() == EntityType.PERSON && kept.stream().anyMatch(o -> o != e && o.type() == EntityType.PERSON
          && partOf(e.name(), o.name()))) {
        continue;
      }
      out.add(e);
      if (out.size() == MAX) {
        break;
      }
    }
    return out;
  }

  static boolean confident(Entity e, String title, String text) {
    String name = e.name().strip();
    List<String> words = words(name);
    if (words.isEmpty() || letters(name) < 3 || NOT_NAMES.contains(words.get(0))
        || words.stream().allMatch(NOT_NAMES::contains)) {
      return false;
    }
    if (words.size() >= 2 || title.contains(name)) {
      return true;
    }
    int first = text.indexOf(name);
    return first >= 0 && text.indexOf(name, first + name.length()) >= 0;
  }

  /** Whether every word of the shorter name is a word of the longer one. */
  static boolean partOf(String shorter, String longer) {
    List<String> s = words(ArabicFolding.NAMES.fold(shorter));
    List<String> l = words(ArabicFolding.NAMES.fold(longer));
    return s.size() < l.size() && l.containsAll(s);
  }

  private static List<String> words(String name) {
    return Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static int letters(String s) {
    return (int) s.chars().filter(Character::isLetter).count();
  }
}
