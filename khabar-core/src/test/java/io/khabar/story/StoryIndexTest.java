package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoryIndexTest {
  private static final long HOUR = 3_600_000L;

  /** A unit vector over the given terms, equal weights. */
  private static StoryVector v(String... terms) {
    double[] w = new double[terms.length];
    java.util.Arrays.fill(w, 1 / Math.sqrt(terms.length));
    return new StoryVector(terms, w);
  }

  @Test
  void theCentroidDoesNotDependOnTheOrderItsMembersCame() {
    StoryIndex one = new StoryIndex(6 * HOUR);
    StoryIndex two = new StoryIndex(6 * HOUR);
    StoryIndex.Story a = one.open("s", 0);
    one.add(a, "x", v("قمة", "سنغافورة"), 0L);
    one.add(a, "y", v("قمة", "كيم"), 10 * HOUR);
    StoryIndex.Story b = two.open("s", 10 * HOUR);
    two.add(b, "y", v("قمة", "كيم"), 10 * HOUR);
    two.add(b, "x", v("قمة", "سنغافورة"), 0L);
    StoryVector probe = v("كيم", "سنغافورة");
    assertEquals(one.nearest(probe, s -> true).cosine(), two.nearest(probe, s -> true).cosine(), 1e-12);
  }

  @Test
  void recentMembersWeighMore() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    StoryIndex.Story s = index.open("s", 0);
    index.add(s, "old", v("حديدة"), 0L);
    index.add(s, "new", v("سنغافورة"), 24 * HOUR);
    double toNew = index.nearest(v("سنغافورة"), x -> true).cosine();
    double toOld = index.nearest(v("حديدة"), x -> true).cosine();
    assertTrue(toNew > 0.99 && toOld < 0.05, toNew + " / " + toOld);
  }

  @Test
  void theNearestStoryWinsAndTiesGoToTheSmallerId() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    index.add(index.open("b", 0), "1", v("قمة", "كيم"), 0L);
    index.add(index.open("a", 0), "2", v("قمة", "كيم"), 0L);
    index.add(index.open("c", 0), "3", v("حديدة", "غارات"), 0L);
    assertEquals("a", index.nearest(v("قمة", "كيم"), s -> true).story().id);
    assertEquals("c", index.nearest(v("غارات"), s -> true).story().id);
    assertNull(index.nearest(v("مونديال"), s -> true), "no shared term, no match");
  }

  @Test
  void anEvictedStoryIsNoLongerFound() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    index.add(index.open("a", 0), "1", v("قمة"), 0L);
    index.evict(s -> s.id.equals("a"));
    assertNull(index.nearest(v("قمة"), s -> true));
    assertEquals(0, index.size());
  }

  @Test
  void reachFollowsTheStorysOwnArticles() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    StoryIndex.Story s = index.open("a", 0);
    index.add(s, "1", v("قمة"), 0L);
    index.add(s, "2", v("قمة"), 30 * HOUR);
    assertTrue(s.reaches(30 * HOUR + 36 * HOUR, 36 * HOUR));
    assertTrue(!s.reaches(30 * HOUR + 37 * HOUR, 36 * HOUR));
  }

  @Test
  void aDormantStoryIsScoredOnlyWhenAskedAndWakesWhenItGainsAMember() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    index.add(index.open("old", 0), "1", v("حديدة", "غارات"), 0L);
    index.add(index.open("new", 50 * HOUR), "2", v("قمة", "كيم"), 50 * HOUR);
    index.sleepBefore(40 * HOUR);
    assertEquals(40 * HOUR, index.awakeFrom());
    assertNull(index.nearest(v("حديدة"), s -> true, false), "asleep: out of the index");
    assertEquals("old", index.nearest(v("حديدة"), s -> true, true).story().id);
    index.add(index.get("old"), "3", v("حديدة"), 1L);
    assertEquals("old", index.nearest(v("حديدة"), s -> true, false).story().id, "a new member wakes it");
  }

  @Test
  void sleepingChangesNoCosineToTheLastBit() {
    java.util.Random r = new java.util.Random(7);
    String[] words = {"قمة", "كيم", "حديدة", "غارات", "سنغافورة", "ترامب", "مونديال", "نفط", "ذهب", "غزة"};
    StoryIndex awake = new StoryIndex(6 * HOUR);
    StoryIndex sleeping = new StoryIndex(6 * HOUR);
    int dormantMattered = 0;
    for (int i = 0; i < 60; i++) {
      StoryVector x = randomVector(r, words);
      long t = i * 2 * HOUR;
      String story = "s" + r.nextInt(15);
      for (StoryIndex index : java.util.List.of(awake, sleeping)) {
        StoryIndex.Story s = index.get(story);
        index.add(s != null ? s : index.open(story, t), "a" + i, x, t);
      }
      sleeping.sleepBefore(t - 10 * HOUR);
      StoryVector probe = randomVector(r, words);
      StoryIndex.Match a = awake.nearest(probe, s -> true, false);
      StoryIndex.Match b = sleeping.nearest(probe, s -> true, true);
      StoryIndex.Match indexOnly = sleeping.nearest(probe, s -> true, false);
      dormantMattered += indexOnly == null || b == null || indexOnly.story() != b.story() ? 1 : 0;
      assertEquals(a == null, b == null);
      if (a != null) {
        assertEquals(a.story().id, b.story().id);
        assertEquals(Double.doubleToLongBits(a.cosine()), Double.doubleToLongBits(b.cosine()));
      }
    }
    assertTrue(dormantMattered > 5, "the probes must meet dormant stories: " + dormantMattered);
  }

  private static StoryVector randomVector(java.util.Random r, String[] words) {
    java.util.List<String> pick = new java.util.ArrayList<>(java.util.List.of(words));
    java.util.Collections.shuffle(pick, r);
    String[] terms = pick.subList(0, 1 + r.nextInt(4)).toArray(new String[0]);
    double[] w = new double[terms.length];
    double n = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = 0.1 + r.nextDouble();
      n += w[i] * w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= Math.sqrt(n);
    }
    return new StoryVector(terms, w);
  }
}
