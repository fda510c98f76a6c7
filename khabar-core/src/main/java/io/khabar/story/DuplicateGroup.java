package io.khabar.story;

import io.khabar.model.Headline;
import java.util.List;

/**
 * Copies of one text: the canonical article (the earliest published) and every copy, with the
 * outlets that carried it. An article without copies is a group of one.
 */
public record DuplicateGroup(String id, Headline canonical, List<Headline> members, List<String> outlets) {

  static DuplicateGroup of(String id, List<Headline> earliestFirst) {
    List<String> outlets = earliestFirst.stream().map(Headline::source).distinct().sorted().toList();
    return new DuplicateGroup(id, earliestFirst.get(0), earliestFirst, outlets);
  }
}
