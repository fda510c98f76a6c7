package io.khabar.web.api;

import io.khabar.model.Article;
import io.khabar.relate.Related;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchPage;
import io.khabar.search.Snippet;
import io.khabar.model.Headline;
import io.khabar.story.Coverage;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The API's response shapes, apart from the core records so that a change in core cannot change
 * the published JSON unnoticed.
 */
final class ApiJson {
  private ApiJson() {}

  /**
   * {@code story} and {@code duplicateGroup} are null when the article was stored without grouping;
   * {@code topic} is null and {@code entities} empty when it was stored without enrichment.
   */
  record ArticleJson(String id, String url, String source, String title, String text, OffsetDateTime published,
                     String author, String category, String story, String duplicateGroup, String topic,
                     List<EntityJson> entities) {
    static ArticleJson of(Article a, Headline h) {
      return new ArticleJson(a.id(), a.url(), a.source(), a.title(), a.text(), a.published(), a.author(),
          a.category(), h == null ? null : h.story(), h == null ? null : h.dupGroup(),
          a.topic().isEmpty() ? null : a.topic(), a.entities().stream().map(EntityJson::of).toList());
    }
  }

  /** {@code type}: PERSON, LOCATION, ORGANIZATION or MISC. */
  record EntityJson(String key, String type, String name) {
    static EntityJson of(io.khabar.model.Entity e) {
      return new EntityJson(e.key(), e.type().name(), e.name());
    }
  }

  /** An entity's or topic's articles over time (see {@link io.khabar.search.Timeline}). */
  record TimelineJson(EntityJson entity, String topic, String topicName, long total, int page, int size,
                      List<CountJson> weeks, List<CountJson> days, List<TimelineStoryJson> stories,
                      List<HeadlineJson> articles) {
    static TimelineJson of(io.khabar.model.Entity e, io.khabar.model.Topic t, io.khabar.search.Timeline tl,
        int page, int size) {
      return new TimelineJson(e == null ? null : EntityJson.of(e), t == null ? null : t.key(),
          t == null ? null : t.arabicName(), tl.total(), page, size, counts(tl.weeks()), counts(tl.days()),
          tl.stories().stream().map(s -> new TimelineStoryJson(s.story(), s.title(), s.articles(), s.latest())).toList(),
          tl.articles().hits().stream()
              .map(h -> new HeadlineJson(h.id(), h.title(), h.source(), h.published(), null)).toList());
    }

    private static List<CountJson> counts(List<io.khabar.search.Timeline.Count> counts) {
      return counts.stream().map(c -> new CountJson(c.start().toString(), c.articles())).toList();
    }
  }

  /** {@code start}: the day, or the Monday a week starts on (UTC). */
  record CountJson(String start, long articles) {}

  record TimelineStoryJson(String id, String title, long articles, OffsetDateTime latest) {}

  record StoriesJson(List<StorySummaryJson> stories) {
    static StoriesJson of(List<Coverage> stories) {
      return new StoriesJson(stories.stream().map(StorySummaryJson::of).toList());
    }
  }

  /** {@code title} is the headline's: the representative article's; {@code first} the first reporter. */
  record StorySummaryJson(String id, String title, int articles, List<String> outlets, OffsetDateTime earliest,
                          OffsetDateTime latest, HeadlineJson headline, HeadlineJson first) {
    static StorySummaryJson of(Coverage c) {
      return new StorySummaryJson(c.story(), c.title(), c.articles(), c.outlets(), c.earliest(), c.latest(),
          HeadlineJson.of(c.headline()), HeadlineJson.of(c.first()));
    }
  }

  /** A story's full coverage: one item per text, earliest first, its copies folded into it. */
  record StoryJson(String id, String title, int articles, List<String> outlets, OffsetDateTime earliest,
                   OffsetDateTime latest, HeadlineJson headline, HeadlineJson first, List<ItemJson> items) {
    static StoryJson of(Coverage c) {
      return new StoryJson(c.story(), c.title(), c.articles(), c.outlets(), c.earliest(), c.latest(),
          HeadlineJson.of(c.headline()), HeadlineJson.of(c.first()), c.items().stream().map(ItemJson::of).toList());
    }
  }

  record ItemJson(HeadlineJson article, List<String> outlets, List<HeadlineJson> copies) {
    static ItemJson of(Coverage.Item i) {
      return new ItemJson(HeadlineJson.of(i.article()), i.outlets(),
          i.copies().stream().map(HeadlineJson::of).toList());
    }
  }

  record HeadlineJson(String id, String title, String source, OffsetDateTime published, String url) {
    static HeadlineJson of(Headline h) {
      return new HeadlineJson(h.id(), h.title(), h.source(), h.published(), h.url());
    }
  }

  record RelatedJson(String id, EntryJson readAlso, List<EntryJson> similar) {
    static RelatedJson of(Related r) {
      return new RelatedJson(r.id(), r.readAlso() == null ? null : EntryJson.of(r.readAlso()),
          r.similar().stream().map(EntryJson::of).toList());
    }
  }

  record EntryJson(String id, String title, String source, OffsetDateTime published, double score, ReasonJson reason) {
    static EntryJson of(Related.Entry e) {
      Related.Reason r = e.reason();
      return new EntryJson(e.id(), e.title(), e.source(), e.published(), e.score(),
          new ReasonJson(r.sharedTerms(), r.sharedTitleTerms(), r.daysApart()));
    }
  }

  record ReasonJson(List<String> sharedTerms, List<String> sharedTitleTerms, Long daysApart) {}

  /** {@code variants}: the spellings of a name the search added to the query (ترمب for ترامب), empty if none. */
  record SearchJson(long total, int page, int size, List<String> variants, List<HitJson> hits) {
    static SearchJson of(SearchPage p, int page, int size, List<String> variants) {
      return new SearchJson(p.total(), page, size, variants, p.hits().stream().map(HitJson::of).toList());
    }
  }

  record HitJson(String id, String title, String source, OffsetDateTime published, float score,
                 List<SegmentJson> titleSnippet, List<SegmentJson> snippet) {
    static HitJson of(SearchHit h) {
      return new HitJson(h.id(), h.title(), h.source(), h.published(), h.score(), segments(h.titleSnippet()),
          segments(h.snippet()));
    }
  }

  record SegmentJson(String text, boolean hit) {}

  private static List<SegmentJson> segments(Snippet s) {
    return s == null ? List.of() : s.segments().stream().map(g -> new SegmentJson(g.text(), g.hit())).toList();
  }
}
