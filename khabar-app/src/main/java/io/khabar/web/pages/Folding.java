package io.khabar.web.pages;

import io.khabar.Khabar;
import io.khabar.model.Headline;
import io.khabar.story.DuplicateGroup;
import io.khabar.web.Outlets;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Copies folded: a list shows one duplicate group once (its first article met), and says which other
 * outlets carried the same text ("أيضاً في: …"). One instance per page, so a group shown in one
 * column of the home page is not shown again in another. The same URL counts as the same text.
 */
final class Folding {
  private final Khabar khabar;
  private final Set<String> seenGroups = new HashSet<>();
  private final Set<String> seenUrls = new HashSet<>();

  Folding(Khabar khabar) {
    this.khabar = khabar;
  }

  /** A text shown, with the other outlets that carried it ({@code alsoIn} null when none). */
  record Folded(String id, String group, String alsoIn) {}

  /** Empty when the article's text was shown already on this page. */
  Optional<Folded> admit(String id, String url, String source) throws IOException {
    Optional<Headline> h = khabar.headline(id);
    String group = h.map(Headline::dupGroup).orElse(null);
    String key = group == null ? id : group;
    String u = url == null || url.isBlank() ? null : url.strip();
    if (!seenGroups.add(key) | (u != null && !seenUrls.add(u))) {
      return Optional.empty();
    }
    String alsoIn = null;
    if (group != null) {
      Optional<DuplicateGroup> d = khabar.duplicates(id);
      if (d.isPresent()) {
        d.get().members().stream().map(Headline::url).filter(m -> m != null && !m.isBlank())
            .forEach(m -> seenUrls.add(m.strip()));
        alsoIn = alsoIn(d.get().outlets(), source);
      }
    }
    return Optional.of(new Folded(id, key, alsoIn));
  }

  /** Marks a group as shown (e.g. a top story's headline) without listing it. */
  void shown(String id, String group) {
    seenGroups.add(group == null ? id : group);
  }

  static String alsoIn(List<String> outlets, String source) {
    List<String> others = outlets.stream().filter(o -> !o.equals(source)).map(Outlets::name).distinct().toList();
    return others.isEmpty() ? null : "أيضاً في: " + String.join("، ", others);
  }
}
