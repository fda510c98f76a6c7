package io.khabar.store;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Find articles sharing weighted terms with a given one: the first, cheap stage of related-article
 * search. When {@code aroundMillis} is known, {@code limit} candidates come from articles published
 * within {@code window} of it (so that a large archive cannot crowd out the recent ones) and a
 * quarter as many more from any time (none with {@code windowOnly}); otherwise {@code limit} from any time.
 */
public record CandidateQuery(List<WeightedTerm> terms, Set<String> excludeIds, long aroundMillis,
                             Duration window, int limit, boolean windowOnly) {

  public CandidateQuery(List<WeightedTerm> terms, Set<String> excludeIds, long aroundMillis, Duration window, int limit) {
    this(terms, excludeIds, aroundMillis, window, limit, false);
  }

  public enum Field { TITLE, TEXT }

  public record WeightedTerm(Field field, String term, float weight) {}
}
