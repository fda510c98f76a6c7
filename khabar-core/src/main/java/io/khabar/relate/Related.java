package io.khabar.relate;

import java.time.OffsetDateTime;
import java.util.List;

/** What Khabar shows beside an article: one "read also" (may be null) and a list of similar articles. */
public record Related(String id, Entry readAlso, List<Entry> similar) {

  /** One related article, with why it was chosen. */
  public record Entry(String id, String title, String source, OffsetDateTime published, double score, Reason reason) {}

  /**
   * Why an entry is related: the words it shares with the article (as written in the article), those
   * that are in both titles, how many days apart the two were published (null if unknown), and the name keys
   * of the entities both mention ({@code Entity.key()}; part of the answer, so a page showing it reads nothing more).
   */
  public record Reason(List<String> sharedTerms, List<String> sharedTitleTerms, Long daysApart,
                       java.util.Set<String> sharedEntities) {
    public Reason(List<String> sharedTerms, List<String> sharedTitleTerms, Long daysApart) {
      this(sharedTerms, sharedTitleTerms, daysApart, java.util.Set.of());
    }
  }
}
