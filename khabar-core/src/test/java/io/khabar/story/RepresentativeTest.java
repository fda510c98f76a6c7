package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Headline;
import io.khabar.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepresentativeTest {
  private static Headline h(String id, String title, String time) {
    return new Headline(id, title, "bbc", Articles.utc("2018-06-11T" + time), "", "s", id);
  }

  @Test
  void theHeadlineIsTheTitleThatSaysWhatTheOthersSayNotTheFirst() {
    List<Headline> members = List.of(
        h("flash", "عاجل: انفجار", "08:00"),
        h("b", "انفجار في مرفأ بيروت يوقع عشرات القتلى", "09:00"),
        h("c", "عشرات القتلى في انفجار مرفأ بيروت", "10:00"),
        h("d", "لبنان يعلن الحداد بعد انفجار المرفأ", "11:00"));
    Coverage c = Stories.coverage("s", members);
    assertEquals("flash", c.first().id(), "the first reporter stays the first");
    assertTrue(List.of("b", "c").contains(c.headline().id()), c.headline().id()); // both say it all
    assertEquals(c.headline().title(), c.title());
  }

  @Test
  void aLoneArticleIsItsOwnHeadline() {
    Coverage c = Stories.coverage("s", List.of(h("a", "قمة في سنغافورة", "08:00")));
    assertEquals("a", c.headline().id());
  }
}
