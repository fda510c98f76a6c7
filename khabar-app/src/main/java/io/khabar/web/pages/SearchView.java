package io.khabar.web.pages;

import io.khabar.search.Snippet;
import java.util.List;

/**
 * The search page. {@code form} echoes what was typed, even when it was rejected, so it can be
 * corrected; {@code errorArabic}/{@code errorEnglish} are null unless the request was bad;
 * {@code variantsNotice} ("نتائج تشمل: ترمب") says which spellings of a name the search added, null if none.
 */
public record SearchView(Form form, List<OutletOption> outlets, boolean searched, long total, List<Result> results,
                         Pager pager, String errorArabic, String errorEnglish, String variantsNotice) {

  public record Form(String q, String source, String from, String to, String sort, String entity, String topic) {
    public boolean newest() {
      return "newest".equals(sort);
    }
  }

  public record OutletOption(String key, String name, long count, boolean selected) {}

  public record TopicOption(String key, String name, boolean selected) {}

  /** Every topic, the one asked for selected. */
  public List<TopicOption> topics() {
    return java.util.Arrays.stream(io.khabar.model.Topic.values())
        .map(t -> new TopicOption(t.key(), t.arabicName(), t.key().equals(form.topic())))
        .toList();
  }

  /** A result; {@code alsoIn} names the other outlets that carried the same text (null if none). */
  public record Result(String href, Snippet title, Snippet snippet, String outlet, DateView date, String alsoIn) {}

  /** Links are null where there is no previous or next page. */
  public record Pager(int page, int pages, String previous, String next) {}

  public boolean failed() {
    return errorArabic != null;
  }
}
