package io.khabar.store;

import java.util.Map;

/**
 * The analyzed terms of one article with their frequencies, as the index holds them: what the
 * similarity logic works on, whichever engine stores the article.
 *
 * @param publishedMillis epoch millis, or {@link Long#MIN_VALUE} when the article has no date
 * @param textFingerprint see {@link io.khabar.text.TextFingerprint}
 */
public record ArticleTerms(String id, Map<String, Integer> title, Map<String, Integer> text,
                           long publishedMillis, String textFingerprint) {
  public static final long NO_DATE = Long.MIN_VALUE;

  public boolean hasDate() {
    return publishedMillis != NO_DATE;
  }
}
