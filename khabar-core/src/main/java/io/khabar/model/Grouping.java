package io.khabar.model;

import java.util.List;

/**
 * Where an article belongs, decided when it is imported: its duplicate group (the id of the group's
 * first imported member; its own id when it has no copy), its story (likewise; null when it has none),
 * and the near-duplicate band keys under which later copies will find it.
 */
public record Grouping(String dupGroup, String story, List<String> bandKeys) {

  /** An article alone: its own duplicate group and its own story. */
  public static Grouping alone(String id) {
    return new Grouping(id, id, List.of());
  }
}
