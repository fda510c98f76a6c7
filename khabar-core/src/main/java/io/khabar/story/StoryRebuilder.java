package io.khabar.story;

import io.khabar.store.ArticleStore;
import io.khabar.model.Article;
import io.khabar.model.Headline;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Rebuilds every story from the store, walking articles oldest first (so the result does not depend
 * on the order they were imported in). Duplicate groups are kept; copies follow their group. The new
 * stories replace the old ones in a single commit at the end: a rebuild stopped half-way leaves the
 * previous stories in place.
 */
public final class StoryRebuilder {
  private final ArticleStore store;
  private final StoryAssigner assigner;

  public StoryRebuilder(ArticleStore store, StoryAssigner assigner) {
    this.store = store;
    this.assigner = assigner;
  }

  /** @return the number of stories (articles with a story are grouped; undated loners get none) */
  public int rebuild(LongConsumer progress) throws IOException {
    Map<String, String> decided = new HashMap<>();
    Map<String, String> storyOfGroup = new HashMap<>();
    List<Headline> all = store.allHeadlines();
    assigner.startRebuild();
    long n = 0;
    for (Headline h : all) {
      Optional<Article> a = store.get(h.id());
      if (a.isEmpty()) {
        continue; // deleted meanwhile
      }
      String group = h.dupGroup() == null ? h.id() : h.dupGroup();
      String story = assigner.assign(a.get(), group, storyOfGroup.get(group));
      decided.put(h.id(), story);
      if (story != null && h.dupGroup() != null) {
        storyOfGroup.putIfAbsent(h.dupGroup(), story);
      }
      progress.accept(++n);
    }
    store.replaceStories(decided);
    return (int) decided.values().stream().filter(java.util.Objects::nonNull).distinct().count();
  }
}
