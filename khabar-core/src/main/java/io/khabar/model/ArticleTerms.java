package io.khabar.model;

import java.util.Map;
import java.util.Set;

/**
 * The analyzed terms of one article with their frequencies, as the index holds them: what the
 * similarity logic works on, whichever engine stores the article.
 *
 * @param publishedMillis epoch millis, or {@link Long#MIN_VALUE} when the article has no date
 * @param textFingerprint see {@link io.khabar.text.TextFingerprint}
 * @param story           the article's story id, null when it has none
 * @param dupGroup        its duplicate group (its own id when it has no copy)
 * @param entities        the keys of its named entities ({@link io.khabar.model.Entity#key()}), empty when it has none
 */
public record ArticleTerms(String id, Map<String, Integer> title, Map<String, Integer> text,
                           long publishedMillis, String textFingerprint, String story, String dupGroup,
                           Set<String> entities) {
  public static final long NO_DATE = Long.MIN_VALUE;

  public boolean hasDate() {
    return publishedMillis != NO_DATE;
  }
}
