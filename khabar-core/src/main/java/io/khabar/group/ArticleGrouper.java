package io.khabar.group;

import io.khabar.dedup.DuplicateFinder;
import io.khabar.dedup.NearDuplicates;
import io.khabar.model.Article;
import io.khabar.model.Grouping;
import io.khabar.store.ArticleStore;
import io.khabar.story.StoryAssigner;
import java.io.IOException;

/**
 * Khabar's grouping at import: first the copy test ({@code dedup}: a copy joins its original's duplicate
 * group and story), then, for an article that is not a copy of one with a story, its story ({@code story}).
 */
public final class ArticleGrouper implements Grouper {
  private final DuplicateFinder duplicates;
  private final StoryAssigner stories;

  public ArticleGrouper(DuplicateFinder duplicates, StoryAssigner stories) {
    this.duplicates = duplicates;
    this.stories = stories;
  }

  /** Default copy threshold and story settings. */
  public static ArticleGrouper standard(ArticleStore store) {
    return new ArticleGrouper(new DuplicateFinder(store, NearDuplicates.defaults()), StoryAssigner.standard(store));
  }

  @Override
  public Grouping group(Article article) throws IOException {
    DuplicateFinder.Verdict copy = duplicates.test(article);
    String story = stories.assign(article, copy.dupGroup(), copy.story());
    duplicates.remember(copy, story);
    return new Grouping(copy.dupGroup(), story, copy.keys());
  }

  @Override
  public void prepare(Article article) {
    duplicates.prepare(article);
  }

  @Override
  public void committed() {
    duplicates.committed();
    stories.committed();
  }
}
