package io.khabar.story;

import io.khabar.store.ArticleStore;
import io.khabar.model.Headline;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Reads stories back from the store: one story's coverage, and the stories of the moment ranked. */
public final class Stories {
  /** A story has at most this many articles read back (a very long story is cut, oldest kept). */
  static final int MAX_MEMBERS = 500;

  private final ArticleStore store;

  public Stories(ArticleStore store) {
    this.store = store;
  }

  /** The duplicate group of an article; empty if the article is unknown. */
  public Optional<DuplicateGroup> duplicates(String articleId) throws IOException {
    Optional<Headline> h = store.headline(articleId);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    String group = h.get().dupGroup() == null ? articleId : h.get().dupGroup();
    List<Headline> members = store.duplicateGroup(group, MAX_MEMBERS);
    return Optional.of(DuplicateGroup.of(group, members.isEmpty() ? List.of(h.get()) : members));
  }

  public Optional<Coverage> coverage(String story) throws IOException {
    List<Headline> members = store.storyMembers(story, MAX_MEMBERS);
    return members.isEmpty() ? Optional.empty() : Optional.of(coverage(story, members));
  }

  /** Folds copies (same duplicate group) together; members come earliest first. */
  static Coverage coverage(String story, List<Headline> members) {
    Map<String, List<Headline>> groups = new LinkedHashMap<>();
    for (Headline h : members) {
      groups.computeIfAbsent(h.dupGroup() == null ? h.id() : h.dupGroup(), g -> new ArrayList<>()).add(h);
    }
    List<Coverage.Item> items = new ArrayList<>();
    TreeSet<String> outlets = new TreeSet<>();
    for (List<Headline> copies : groups.values()) {
      List<String> carriers = copies.stream().map(Headline::source).distinct().sorted().toList();
      outlets.addAll(carriers);
      items.add(new Coverage.Item(copies.get(0), carriers, copies.subList(1, copies.size())));
    }
    OffsetDateTime latest = members.stream().map(Headline::published).filter(java.util.Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    Headline headline = items.get(Representative.of(items.stream().map(Coverage.Item::article).toList())).article();
    return new Coverage(story, members.get(0), headline, items, List.copyOf(outlets), members.size(), latest);
  }

  /**
   * The stories of the newest {@code window} articles, ranked by how much they matter now (see
   * {@link #weight}): the outlets covering a story, its growth and its recency.
   */
  public List<Coverage> ranked(int n, int window) throws IOException {
    Map<String, List<Headline>> byStory = new LinkedHashMap<>();
    OffsetDateTime newest = null;
    for (Headline h : store.latestHeadlines(window)) {
      if (h.story() != null) {
        byStory.computeIfAbsent(h.story(), s -> new ArrayList<>()).add(h);
      }
      if (newest == null && h.published() != null) {
        newest = h.published();
      }
    }
    OffsetDateTime now = newest;
    List<Coverage> all = new ArrayList<>();
    for (Map.Entry<String, List<Headline>> e : byStory.entrySet()) {
      List<Headline> members = new ArrayList<>(e.getValue());
      members.sort(Comparator.comparing(Headline::published, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Headline::id));
      all.add(coverage(e.getKey(), members));
    }
    all.sort(Comparator.comparingDouble((Coverage c) -> -weight(c, now)).thenComparing(Coverage::story));
    return all.subList(0, Math.min(n, all.size()));
  }

  /**
   * A story's rank, the formula documented in the README (site section):
   * {@code outlets × ln(1 + texts) × (1 + growth) / (1 + hours / 24)}, where {@code outlets} is the
   * number of outlets covering it, {@code texts} its texts with copies folded (a wire story copied by
   * five outlets counts once as a text and five times as outlets), {@code growth} the share of those
   * texts first published in the 24 hours before {@code now}, and {@code hours} the time since its
   * latest article. {@code now} is the newest article's time, so an archive ranks as it did then.
   */
  static double weight(Coverage c, OffsetDateTime now) {
    double hours = c.latest() == null || now == null ? 48 : Math.max(0, Duration.between(c.latest(), now).toHours());
    return c.outlets().size() * Math.log(1 + c.items().size()) * (1 + growth(c, now)) / (1 + hours / 24.0);
  }

  /** The share of a story's texts first published in the 24 hours before {@code now}, in [0, 1]. */
  static double growth(Coverage c, OffsetDateTime now) {
    if (now == null || c.items().isEmpty()) {
      return 0;
    }
    OffsetDateTime since = now.minusHours(24);
    long recent = c.items().stream().map(i -> i.article().published())
        .filter(t -> t != null && t.isAfter(since) && !t.isAfter(now)).count();
    return (double) recent / c.items().size();
  }
}
