package io.khabar.web.pages;

import io.khabar.model.Headline;
import io.khabar.story.Coverage;
import io.khabar.web.ArabicCounts;
import io.khabar.web.Outlets;
import java.util.List;
import java.util.stream.Stream;

/** Turns the core's story coverage into what the story templates show. */
final class StoryViews {
  /** How many of the story's other texts the article page lists before linking to the full coverage. */
  static final int ARTICLE_PAGE_ITEMS = 5;

  private StoryViews() {}

  static StoriesView.Story summary(Coverage c) {
    return new StoriesView.Story(Links.story(c.story()), ArticleLink.titleOrPlaceholder(c.title()),
        ArabicCounts.articles(c.articles()), ArabicCounts.outlets(c.outlets().size()), names(c.outlets()),
        DateView.of(c.latest()));
  }

  static StoryView story(Coverage c) {
    return new StoryView(ArticleLink.titleOrPlaceholder(c.title()), counts(c), names(c.outlets()),
        Outlets.name(c.first().source()), DateView.of(c.first().published()),
        DateView.of(c.latest()), c.items().stream().map(i -> item(c, i)).toList(), chart(c));
  }

  static final int CHART_WIDTH = 600;
  static final int CHART_HEIGHT = 60;
  static final int MAX_BARS = 60;

  /** Articles per hour (a story of two days or less) or per day, in the site's zone; null if under two buckets. */
  static StoryView.Chart chart(Coverage c) {
    java.time.ZoneId zone = DateView.options().zone();
    List<java.time.ZonedDateTime> times = c.items().stream()
        .flatMap(i -> Stream.concat(Stream.of(i.article()), i.copies().stream()))
        .map(Headline::published).filter(java.util.Objects::nonNull)
        .map(t -> t.atZoneSameInstant(zone)).sorted().toList();
    if (times.size() < 2) {
      return null;
    }
    boolean hourly = java.time.Duration.between(times.get(0), times.get(times.size() - 1)).toHours() <= 48;
    java.time.temporal.ChronoUnit unit = hourly ? java.time.temporal.ChronoUnit.HOURS : java.time.temporal.ChronoUnit.DAYS;
    java.time.ZonedDateTime start = times.get(0).truncatedTo(unit);
    java.time.ZonedDateTime end = times.get(times.size() - 1).truncatedTo(unit);
    int n = (int) Math.min(MAX_BARS, unit.between(start, end) + 1);
    if (n < 2) {
      return null;
    }
    java.time.ZonedDateTime from = end.minus(n - 1, unit);
    int[] counts = new int[n];
    for (java.time.ZonedDateTime t : times) {
      long k = unit.between(from, t.truncatedTo(unit));
      if (k >= 0 && k < n) {
        counts[(int) k]++;
      }
    }
    int max = java.util.Arrays.stream(counts).max().orElse(1);
    int w = CHART_WIDTH / n;
    List<StoryView.Bar> bars = new java.util.ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (counts[k] == 0) {
        continue;
      }
      int h = Math.max(2, Math.round((float) CHART_HEIGHT * counts[k] / max));
      // right to left: the first bucket at the right edge, as the page reads
      int x = CHART_WIDTH - (k + 1) * w;
      String when = label(from.plus(k, unit), hourly);
      bars.add(new StoryView.Bar(x + 1, CHART_HEIGHT - h + 2, Math.max(1, w - 2), h, when + ": " + ArabicCounts.articles(counts[k])));
    }
    return new StoryView.Chart(hourly ? "المقالات في كل ساعة" : "المقالات في كل يوم", CHART_WIDTH, CHART_HEIGHT, bars,
        label(from, hourly), label(end, hourly));
  }

  private static String label(java.time.ZonedDateTime t, boolean hourly) {
    String day = io.khabar.web.ArabicDates.day(t.toLocalDate());
    return hourly ? day + "، " + String.format("%02d:00", t.getHour()) : day;
  }

  /** How many other outlets' headlines a top story shows under its own. */
  static final int TOP_OTHERS = 3;

  /** A top story on the home page: its headline, and the headlines of up to three other outlets. */
  static HomeView.TopStory top(Coverage c) {
    // the card's headline is the story's (its representative article), linked to that article and its outlet
    java.util.Set<String> outletsShown = new java.util.HashSet<>(List.of(c.headline().source()));
    java.util.Set<String> titlesShown = new java.util.HashSet<>(List.of(c.title()));
    List<ArticleLink> others = new java.util.ArrayList<>();
    // newest texts first: what the other outlets say now
    List<Coverage.Item> items = new java.util.ArrayList<>(c.items());
    java.util.Collections.reverse(items);
    for (Coverage.Item i : items) {
      Headline h = i.article();
      if (others.size() < TOP_OTHERS && !outletsShown.contains(h.source()) && h.title() != null
          && !h.title().isBlank() && titlesShown.add(h.title())) {
        outletsShown.add(h.source());
        others.add(ArticleLink.of(h));
      }
    }
    DateView from = DateView.of(c.first().published());
    DateView to = DateView.of(c.latest());
    return new HomeView.TopStory(Links.story(c.story()), ArticleLink.titleOrPlaceholder(c.title()),
        Links.article(c.headline().id()), Outlets.name(c.headline().source()), counts(c), names(c.outlets()), from,
        to != null && from != null && to.iso().equals(from.iso()) ? null : to, others,
        Pictures.first(c.items().stream().flatMap(i -> Stream.concat(Stream.of(i.article()), i.copies().stream()))
            .map(Headline::id).toList(), ""));
  }

  /**
   * The article page's full-coverage block: null unless the story has another article; lists the
   * story's texts other than the article's own (nor any copy of it).
   */
  static ArticleView.Coverage forArticle(Coverage c, String articleId) {
    if (c.articles() < 2) {
      return null;
    }
    List<ArticleLink> sameText = c.items().stream()
        .filter(i -> contains(i, articleId))
        .flatMap(i -> Stream.concat(Stream.of(i.article()), i.copies().stream()))
        .filter(h -> !h.id().equals(articleId))
        .map(ArticleLink::of)
        .toList();
    List<StoryView.Item> others = c.items().stream()
        .filter(i -> !contains(i, articleId))
        .map(i -> item(c, i))
        .toList();
    List<StoryView.Item> shown = others.subList(0, Math.min(ARTICLE_PAGE_ITEMS, others.size()));
    int more = others.size() - shown.size();
    return new ArticleView.Coverage(Links.story(c.story()), counts(c), sameText, shown,
        more == 0 ? null : "المزيد في التغطية الكاملة (" + ArabicCounts.articles(more) + ")");
  }

  static StoryView.Item item(Coverage c, Coverage.Item i) {
    return new StoryView.Item(ArticleLink.of(i.article()), names(i.outlets()),
        i.article().id().equals(c.first().id()), i.copies().stream().map(ArticleLink::of).toList());
  }

  private static boolean contains(Coverage.Item i, String articleId) {
    return i.article().id().equals(articleId) || i.copies().stream().map(Headline::id).anyMatch(articleId::equals);
  }

  /** "4 مقالات، 3 مصادر" (not "من": the genitive would need other forms of the counted nouns). */
  static String counts(Coverage c) {
    return ArabicCounts.articles(c.articles()) + "، " + ArabicCounts.outlets(c.outlets().size());
  }

  static String names(List<String> outlets) {
    return String.join("، ", outlets.stream().map(Outlets::name).distinct().toList());
  }
}
