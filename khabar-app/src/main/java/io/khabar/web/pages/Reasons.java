package io.khabar.web.pages;

import io.khabar.model.Article;
import io.khabar.model.Entity;
import io.khabar.relate.Related;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a similar article is listed, in words the reader sees on the page: the names both articles
 * mention (the article's confident entities, by name key), then the words they share as this article
 * writes them. A shared term that is not a word of this article's title or text (a stem) is never shown.
 */
final class Reasons {
  static final int NAMES = 3;
  static final int WORDS = 5;

  private final List<Entity> entities;
  private final Set<String> written;

  Reasons(Article article, List<Entity> chips) {
    this.entities = chips;
    this.written = Arrays.stream((article.title() + " " + article.text()).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).collect(Collectors.toCollection(HashSet::new));
  }

  /** Null when there is nothing to say. */
  String explain(Related.Reason r) {
    Set<String> otherKeys = r.sharedEntities();
    List<String> names = entities.stream().filter(e -> otherKeys.contains(e.key())).map(Entity::name)
        .limit(NAMES).toList();
    Set<String> nameWords = names.stream().flatMap(n -> Arrays.stream(n.split("\\s+"))).collect(Collectors.toSet());
    Set<String> words = new LinkedHashSet<>();
    for (String w : r.sharedTerms().isEmpty() ? r.sharedTitleTerms() : r.sharedTerms()) {
      if (written.contains(w) && !nameWords.contains(w) && words.size() < WORDS) {
        words.add(w);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!names.isEmpty()) {
      parts.add("أسماء مشتركة: " + String.join("، ", names));
    }
    if (!words.isEmpty()) {
      parts.add("كلمات مشتركة: " + String.join("، ", words));
    }
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }

}
