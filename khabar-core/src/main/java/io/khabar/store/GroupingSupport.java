package io.khabar.store;

import io.khabar.model.Headline;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The grouping role of a store: finding an article's likely copies and neighbours, and reading and
 * rewriting duplicate groups and stories. Duplicates are decided in {@code io.khabar.dedup} and stories in
 * {@code io.khabar.story}; the store only keeps and finds what they decided.
 */
public interface GroupingSupport {

  /** Ids of candidate related articles, best lexical match first. */
  List<String> candidates(CandidateQuery query) throws IOException;

  /** Ids of articles indexed under any of these near-duplicate band keys, at most {@code limit}. */
  List<String> withBandKeys(Collection<String> bandKeys, int limit) throws IOException;

  Optional<Headline> headline(String id) throws IOException;

  /** The members of a story, earliest first. */
  List<Headline> storyMembers(String story, int limit) throws IOException;

  /** The members of a duplicate group (copies of one text), earliest first. */
  List<Headline> duplicateGroup(String dupGroup, int limit) throws IOException;

  /** The newest articles as headlines, newest first. */
  List<Headline> latestHeadlines(int n) throws IOException;

  /**
   * Articles published between the two instants (epoch millis, both included), oldest first (ties by id), at
   * most {@code limit}: the recent stories that story grouping keeps in memory are read back with it.
   */
  List<Headline> headlinesPublished(long fromMillis, long toMillis, int limit) throws IOException;

  /** Every stored article, oldest first (by published, then id; undated last): what a rebuild of stories walks. */
  List<Headline> allHeadlines() throws IOException;

  /**
   * Gives articles new stories (id → story; null story = none) in one commit: if interrupted, the
   * previous stories stay as they were.
   */
  void replaceStories(Map<String, String> storyById) throws IOException;
}
