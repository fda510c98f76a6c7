package io.khabar.story;

import io.khabar.model.Headline;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The full coverage of one story (تغطية كاملة): its articles with copies of one text folded together,
 * earliest first. {@code first} is the article that reported it first.
 */
public record Coverage(String story, Headline first, List<Item> items, List<String> outlets, int articles,
                       OffsetDateTime latest) {

  /** One text of the story: its earliest copy, and every outlet that carried a copy. */
  public record Item(Headline article, List<String> outlets, List<Headline> copies) {}

  public String title() {
    return first.title();
  }
}
