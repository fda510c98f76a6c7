package io.khabar.story;

import static io.khabar.story.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.ingest.Importer;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryRebuilderIT {
  @TempDir Path dir;

  private static void importFile(Path index, Path file) throws IOException {
    try (LuceneStore store = LuceneStore.open(index)) {
      // As read (no sorting by date), so that the two orders below really group differently before the rebuild.
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).dateOrderWindow(1).run(List.of(file));
    }
  }

  /** Reopens the store (fresh statistics) and rebuilds its stories. */
  private static int rebuild(Path index) throws IOException {
    try (LuceneStore store = LuceneStore.open(index)) {
      AtomicLong progress = new AtomicLong();
      int stories = new StoryRebuilder(store, StoryAssigner.standard(store)).rebuild(progress::set);
      assertEquals(store.size(), progress.get());
      return stories;
    }
  }

  @Test
  void rebuildGroupsEveryDatedArticleAndCopiesFollowTheirGroup() throws IOException {
    Path index = dir.resolve("index");
    importFile(index, StoryFixtures.news());
    int stories = rebuild(index);
    try (LuceneStore store = LuceneStore.open(index)) {
      for (Headline h : store.allHeadlines()) {
        if (h.published() != null) {
          assertNotNull(h.story(), h.id());
        }
      }
      assertNull(story(store, "u-undated"));
      String quake = story(store, "q1");
      assertEquals("q1", quake); // the rebuild walks oldest first: a story is named after its first article
      for (String id : List.of("q1-wire", "q1-near", "q2", "q3")) {
        assertEquals(quake, story(store, id), id);
      }
      assertEquals("e1", story(store, "e1"));
      assertEquals("e1", story(store, "e2"));
      assertEquals("e1", story(store, "e1-repost"));
      assertNotEquals(quake, story(store, "q-late"));
      Set<String> distinct = new HashSet<>();
      for (String id : StoryFixtures.UNRELATED) {
        assertTrue(distinct.add(story(store, id)), id);
        assertNotEquals(quake, story(store, id));
      }
      // q1 story, e1 story, q-late, four unrelated
      assertEquals(7, stories);
      assertEquals(stories, new HashSet<>(StoryFixtures.stories(store).values().stream().filter(s -> s != null).toList()).size());
    }
  }

  @Test
  void aFileGroupsTheSameInAnyOrder() throws IOException {
    // One event reported every day for a week: in date order its story is closed to news more than 5 days
    // after its first article, so day 6 starts another. Read newest first, each article would be older than the
    // story's first and join it: one story of 7 days. The file is sorted by date before grouping.
    List<Article> forward = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      forward.add(new Article("trial-" + day, "", day % 2 == 0 ? "bbc" : "cnn",
          "محاكمة الرئيس السابق لولا دا سيلفا تستأنف في برازيليا اليوم " + day,
          "استأنفت المحكمة العليا في برازيليا محاكمة الرئيس البرازيلي السابق لولا دا سيلفا بتهم الفساد. "
              + DAYS[day],
          java.time.OffsetDateTime.parse("2018-04-0" + (day + 1) + "T09:00:00Z"), "", ""));
    }
    List<Article> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    Map<String, String> sa = importedStories(dir.resolve("a"), StoryFixtures.writeJsonl(dir.resolve("f.jsonl"), forward));
    Map<String, String> sb = importedStories(dir.resolve("b"), StoryFixtures.writeJsonl(dir.resolve("r.jsonl"), backward));
    assertEquals("trial-0", sa.get("trial-5"));
    assertEquals("trial-6", sa.get("trial-6"), "more than 5 days after the story's first: another story");
    assertEquals(sa, sb);
  }

  /** What each day of the trial brought: different words, so no day's report is a copy of another's. */
  private static final String[] DAYS = {
      "استمع القضاة إلى شهادة مدير شركة الإنشاءات عن الشقة الساحلية في غواروجا",
      "قدم محامو الدفاع طعنا في الأدلة وقالوا إن التسجيلات الهاتفية جمعت بلا إذن",
      "تظاهر آلاف من أنصار حزب العمال أمام مبنى المحكمة رافعين صور زعيمهم",
      "عرض الادعاء وثائق مصرفية تظهر تحويلات إلى حسابات في الخارج",
      "رفضت الهيئة طلب تأجيل الجلسة المقبلة إلى ما بعد الانتخابات",
      "تحدث لولا للصحفيين مؤكدا براءته ومتهما القضاء بالتحيز السياسي",
      "أعلنت المحكمة موعد النطق بالحكم في نهاية الشهر الجاري بعد المرافعات الختامية"};

  private static Map<String, String> importedStories(Path index, Path file) throws IOException {
    try (LuceneStore store = LuceneStore.open(index)) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(file));
      return StoryFixtures.stories(store);
    }
  }

  @Test
  void rebuildDoesNotDependOnImportOrder() throws IOException {
    List<Article> forward = new ArrayList<>(StoryFixtures.articles());
    List<Article> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    importFile(a, StoryFixtures.writeJsonl(dir.resolve("forward.jsonl"), forward));
    importFile(b, StoryFixtures.writeJsonl(dir.resolve("backward.jsonl"), backward));
    int na = rebuild(a);
    int nb = rebuild(b);
    Map<String, String> sa;
    Map<String, String> sb;
    try (LuceneStore store = LuceneStore.open(a)) {
      sa = StoryFixtures.stories(store);
    }
    try (LuceneStore store = LuceneStore.open(b)) {
      sb = StoryFixtures.stories(store);
      assertEquals("q1-near", store.headline("q1").orElseThrow().dupGroup()); // imported last-first: other group ids
    }
    assertEquals(na, nb);
    assertEquals(partition(sa), partition(sb));
    assertEquals(sa, sb); // oldest first: the names agree too
  }

  private static Set<Set<String>> partition(Map<String, String> storyById) {
    Map<String, Set<String>> byStory = new TreeMap<>();
    Set<Set<String>> out = new HashSet<>();
    storyById.forEach((id, s) -> {
      if (s == null) {
        out.add(Set.of(id)); // no story: alone
      } else {
        byStory.computeIfAbsent(s, k -> new HashSet<>()).add(id);
      }
    });
    out.addAll(byStory.values());
    return out;
  }

  @Test
  void anInterruptedReplaceKeepsThePreviousStories() throws IOException {
    Path index = dir.resolve("index");
    importFile(index, StoryFixtures.news());
    Map<String, String> before;
    try (LuceneStore store = LuceneStore.open(index)) {
      before = StoryFixtures.stories(store);
      Map<String, String> everyoneMoves = new TreeMap<>();
      before.keySet().forEach(id -> everyoneMoves.put(id, "rebuilt-" + id));
      Map<String, String> failing = new FailingAfter<>(everyoneMoves, 3);
      assertThrows(IllegalStateException.class, () -> store.replaceStories(failing));
    } // closed without a commit
    try (LuceneStore store = LuceneStore.open(index)) {
      assertEquals(before, StoryFixtures.stories(store));
    }
  }

  @Test
  void rebuildingTwiceGivesTheSameStories() throws IOException {
    Path index = dir.resolve("index");
    importFile(index, StoryFixtures.news());
    rebuild(index);
    Map<String, String> once;
    try (LuceneStore store = LuceneStore.open(index)) {
      once = StoryFixtures.stories(store);
    }
    rebuild(index);
    try (LuceneStore store = LuceneStore.open(index)) {
      assertEquals(once, StoryFixtures.stories(store));
    }
  }

  /** Expected: rebuilt right after the import, on the same open store, q2 and q3 join q1. Actual: q2 stays "q2". */
  @Test
  void rebuildOnTheStoreThatJustImported() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(StoryFixtures.news()));
      new StoryRebuilder(store, StoryAssigner.standard(store)).rebuild(n -> {});
      assertEquals("q1", story(store, "q2"));
      assertEquals("q1", story(store, "q3"));
    }
  }

  /** A map whose entry iteration fails after {@code n} entries, like a rebuild stopped half-way. */
  private static final class FailingAfter<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> inner;
    private final int n;

    FailingAfter(Map<K, V> inner, int n) {
      this.inner = inner;
      this.n = n;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return new java.util.AbstractSet<>() {
        @Override
        public Iterator<Entry<K, V>> iterator() {
          Iterator<Entry<K, V>> it = inner.entrySet().iterator();
          return new Iterator<>() {
            int given;

            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Entry<K, V> next() {
              if (given++ == n) {
                throw new IllegalStateException("interrupted after " + n + " entries");
              }
              return it.next();
            }
          };
        }

        @Override
        public int size() {
          return inner.size();
        }
      };
    }
  }
}
