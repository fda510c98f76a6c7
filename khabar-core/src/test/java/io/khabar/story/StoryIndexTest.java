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
    assertEquals(one.nearest(probe, s -> true, null).cosine(), two.nearest(probe, s -> true, null).cosine(), 1e-12);
  }

  @Test
  void recentMembersWeighMore() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    StoryIndex.Story s = index.open("s", 0);
    index.add(s, "old", v("حديدة"), 0L);
    index.add(s, "new", v("سنغافورة"), 24 * HOUR);
    double toNew = index.nearest(v("سنغافورة"), x -> true, null).cosine();
    double toOld = index.nearest(v("حديدة"), x -> true, null).cosine();
    assertTrue(toNew > 0.99 && toOld < 0.05, toNew + " / " + toOld);
  }

  @Test
  void theNearestStoryWinsAndTiesGoToTheSmallerId() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    index.add(index.open("b", 0), "1", v("قمة", "كيم"), 0L);
    index.add(index.open("a", 0), "2", v("قمة", "كيم"), 0L);
    index.add(index.open("c", 0), "3", v("حديدة", "غارات"), 0L);
    assertEquals("a", index.nearest(v("قمة", "كيم"), s -> true, null).story().id);
    assertEquals("c", index.nearest(v("غارات"), s -> true, null).story().id);
    assertNull(index.nearest(v("مونديال"), s -> true, null), "no shared term, no match");
  }

  @Test
  void anEvictedStoryIsNoLongerFound() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    index.add(index.open("a", 0), "1", v("قمة"), 0L);
    index.evict(s -> s.id.equals("a"));
    assertNull(index.nearest(v("قمة"), s -> true, null));
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
  void aStoryBehindTheLineSleepsAndIsStillFoundByAnArticleThatMayReachIt() {
    StoryIndex index = new StoryIndex(6 * HOUR);
    index.add(index.open("old", 0), "1", v("حديدة", "غارات"), 0L);
    index.add(index.open("new", 50 * HOUR), "2", v("قمة", "كيم"), 50 * HOUR);
    assertNull(index.nearest(v("حديدة"), s -> s.last >= 40 * HOUR, 40 * HOUR), "no story of that date has it");
    assertEquals(1, index.dormantCount(), "the old story sleeps out of the index");
    assertEquals("old", index.nearest(v("حديدة"), s -> true, 0L).story().id, "late news still finds it");
    assertEquals("old", index.nearest(v("حديدة"), s -> true, null).story().id, "so does an undated article");
    index.add(index.get("old"), "3", v("حديدة"), 45 * HOUR);
    assertEquals(0, index.dormantCount(), "a new member wakes it");
    assertEquals("old", index.nearest(v("حديدة"), s -> s.last >= 40 * HOUR, 40 * HOUR).story().id);
  }

  @Test
  void sleepingChangesNoAnswerToTheLastBitInAnyArrivalOrder() {
    java.util.Random r = new java.util.Random(7);
    String[] words = {"قمة", "كيم", "حديدة", "غارات", "سنغافورة", "ترامب", "مونديال", "نفط", "ذهب", "غزة"};
    StoryIndex awake = new StoryIndex(6 * HOUR);
    StoryIndex sleeping = new StoryIndex(6 * HOUR);
    int lateWithSleepers = 0;
    long latestLine = Long.MIN_VALUE;
    for (int i = 0; i < 80; i++) {
      // Mostly in date order, one article in four dated up to two days back (late news).
      long t = i * 2 * HOUR - (r.nextInt(4) == 0 ? r.nextInt(48) * HOUR : 0);
      String story = "s" + r.nextInt(15);
      StoryVector x = randomVector(r, words);
      for (StoryIndex index : java.util.List.of(awake, sleeping)) {
        StoryIndex.Story s = index.get(story);
        index.add(s != null ? s : index.open(story, t), "a" + i, x, t);
      }
      long line = t - 10 * HOUR;
      java.util.function.Predicate<StoryIndex.Story> reaches = s -> s.last >= line;
      StoryVector probe = randomVector(r, words);
      StoryIndex.Match a = awake.nearest(probe, reaches, null);
      StoryIndex.Match b = sleeping.nearest(probe, reaches, line);
      // The sleepers' line trails the latest by at most an hour: a line two hours back is behind it for sure.
      lateWithSleepers += line < latestLine - 2 * HOUR && sleeping.dormantCount() > 0 ? 1 : 0;
      latestLine = Math.max(latestLine, line);
      assertEquals(a == null, b == null);
      if (a != null) {
        assertEquals(a.story().id, b.story().id);
        assertEquals(Double.doubleToLongBits(a.cosine()), Double.doubleToLongBits(b.cosine()));
      }
    }
    assertEquals(0, awake.dormantCount(), "the reference never sleeps");
    assertTrue(lateWithSleepers > 5, "late articles must meet sleeping stories: " + lateWithSleepers);
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
