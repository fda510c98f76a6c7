package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateOrderWindowTest {
  private static Article at(String id, String instant, String text) {
    OffsetDateTime t = instant == null ? null : OffsetDateTime.parse(instant);
    return new Article(id, "", "bbc", "t", text, t, "", "");
  }

  @Test
  void chunkComesOldestFirstByInstantWithUndatedLastAndTiesById() {
    DateOrderWindow w = new DateOrderWindow(10, 1_000_000);
    w.add(at("late", "2018-05-02T10:00:00Z", "x"), "f:1");
    w.add(at("undated", null, "x"), "f:2");
    // 12:00 at +04:00 is 08:00 UTC: earlier than "late" though its local time is later
    w.add(at("gulf", "2018-05-02T12:00:00+04:00", "x"), "f:3");
    // one instant: by id, as restory walks a store, whatever the reading order
    w.add(at("tie2", "2018-05-01T00:00:00Z", "x"), "f:4");
    w.add(at("tie1", "2018-05-01T00:00:00Z", "x"), "f:5");
    List<String> ids = w.drain().stream().map(DateOrderWindow.Item::id).toList();
    assertEquals(List.of("tie1", "tie2", "gulf", "late", "undated"), ids);
    assertEquals(0, w.size());
  }

  @Test
  void twoVersionsOfOneArticleKeepTheirReadingOrder() {
    DateOrderWindow w = new DateOrderWindow(10, 1_000_000);
    w.add(at("a", "2018-05-01T00:00:00Z", "first version"), "f:1");
    w.add(at("a", "2018-05-01T00:00:00Z", "second version"), "f:2");
    assertEquals(List.of("f:1", "f:2"), w.drain().stream().map(DateOrderWindow.Item::origin).toList());
  }

  @Test
  void fullByCountOrByCompressedSize() {
    DateOrderWindow byCount = new DateOrderWindow(2, 1_000_000);
    assertFalse(byCount.add(at("a", null, "x"), "f"));
    assertTrue(byCount.add(at("b", null, "x"), "f"));

    StringBuilder noise = new StringBuilder();
    java.util.Random r = new java.util.Random(7);
    for (int k = 0; k < 20_000; k++) {
      noise.append((char) ('\u0621' + r.nextInt(40))); // random Arabic letters barely compress
    }
    DateOrderWindow bySize = new DateOrderWindow(100, 10_000);
    assertFalse(bySize.add(at("short", null, "نص قصير"), "f"));
    assertTrue(bySize.add(at("long", null, noise.toString()), "f"), "long articles fill a run before its count");
    bySize.drain();
    assertFalse(bySize.add(at("c", null, "1"), "f"), "a drained window starts counting again");
  }

  @Test
  void articlesComeBackAsRead() {
    DateOrderWindow w = new DateOrderWindow(10, 1_000_000);
    Article full = new Article("id-1", "https://example.com/a", "bbc", "عنوان الخبر", "الفقرة الأولى\n\nالفقرة الثانية",
        OffsetDateTime.parse("2018-05-02T12:30:15+04:00"), "رقية", "politics");
    Article bare = new Article("id-2", "", "", "", "نص", null, "", "");
    Article enriched = new Article("id-3", "", "cnn", "t", "نص", null, "", "", List.of(), "sport");
    w.add(full, "f:1");
    w.add(bare, "f:2");
    w.add(enriched, "f:3");
    List<DateOrderWindow.Item> run = w.drain();
    assertEquals(List.of(full, bare, enriched), run.stream().map(DateOrderWindow.Item::article).toList());
    assertEquals("+04:00", run.get(0).article().published().getOffset().toString(), "the outlet's own offset is kept");
    assertEquals(List.of("f:1", "f:2", "f:3"), run.stream().map(DateOrderWindow.Item::origin).toList());
    w.close();
  }
}
