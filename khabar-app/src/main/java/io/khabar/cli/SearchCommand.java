package io.khabar.cli;

import io.khabar.Khabar;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import io.khabar.search.Snippet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search articles (Arabic-normalized BM25). Words are all required; \"quotes\" for a phrase, -word to exclude.",
        "Example: ./khabar search \"اسرائيل غزة\" --source bbc --from 2018-05-01 --to 2018-05-31 --sort newest"})
final class SearchCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Parameters(arity = "0..1", defaultValue = "", paramLabel = "QUERY", description = "What to search for (may be left out with a filter: newest first).")
  String query;

  @Option(names = "--source", description = "Only this outlet (e.g. bbc, skynews).")
  String source;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this date.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this date.")
  String to;

  @Option(names = "--entity", paramLabel = "KEY", description = "Only articles that mention this entity (its key, as in the API).")
  String entity;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only articles of this topic: politics, economy, sport, technology, culture.")
  String topic;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or newest (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--limit", defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object: {total, hits:[…]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchQuery q;
    try {
      q = new SearchQuery(query, source, date(from, "--from"), date(to, "--to"), sort(), 0, limit)
          .withEntity(entity).withTopic(topic(topic));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (Khabar khabar = data.openKhabar()) {
      SearchPage page = khabar.search(q);
      if (json) {
        System.out.println(Json.line(java.util.Map.of("total", page.total(), "hits", page.hits())));
      } else {
        System.out.println(page.total() + " results");
        for (SearchHit h : page.hits()) {
          System.out.printf("%.2f  %s  [%s %s]  %s%n      %s%n", h.score(), h.id(), h.source(),
              h.published() == null ? "-" : h.published().toLocalDate(), h.title(), marked(h.snippet()));
        }
      }
    }
    return 0;
  }

  private static String topic(String t) {
    if (t != null && io.khabar.model.Topic.fromKey(t.strip()).isEmpty()) {
      throw new UsageException("--topic must be one of " + io.khabar.model.Topic.keys());
    }
    return t;
  }

  private SearchQuery.Sort sort() {
    return switch (sort.toLowerCase(java.util.Locale.ROOT)) {
      case "relevance" -> SearchQuery.Sort.RELEVANCE;
      case "newest" -> SearchQuery.Sort.NEWEST;
      default -> throw new UsageException("--sort must be relevance or newest");
    };
  }

  private static LocalDate date(String s, String option) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new UsageException(option + " must be a date like 2018-05-01, not '" + s + "'");
    }
  }

  /** Hits shown between »…« on a terminal. */
  private static String marked(Snippet s) {
    StringBuilder b = new StringBuilder();
    s.segments().forEach(seg -> b.append(seg.hit() ? "»" + seg.text() + "«" : seg.text()));
    return b.toString();
  }
}
