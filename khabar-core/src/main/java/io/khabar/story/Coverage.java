package io.khabar.story;

import io.khabar.model.Headline;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The full coverage of one story (تغطية كاملة): its articles with copies of one text folded together,
 * earliest first. {@code first} is the article that reported it first (its first reporter), {@code headline} the
 * one whose title says most of what the others say (the story's headline); the story spans from
 * {@code first}'s date to {@code latest}.
 */
public record Coverage(String story, Headline first, Headline headline, List<Item> items, List<String> outlets,
                       int articles, OffsetDateTime latest) {

  /** One text of the story: its earliest copy, and every outlet that carried a copy. */
  public record Item(Headline article, List<String> outlets, List<Headline> copies) {}

  /** The story's headline: its representative article's title. */
  public String title() {
    return headline.title();
  }

  /** When it was first reported (null when no member is dated). */
  public OffsetDateTime earliest() {
    return first.published();
  }
}
