package io.khabar.ingest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One outlet Khabar crawls: its name (what articles are credited to), its site, and where its new
 * articles are announced (RSS/Atom feeds, news sitemaps). {@code allowAddresses} lists private or
 * loopback IP addresses this source may reach (literal addresses, or {@code "*"} for any); it is empty
 * for every real outlet and exists so a private test web or an intranet feed can be crawled on purpose.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Source(String name, String site, List<String> feeds, List<String> sitemaps, List<String> allowAddresses) {

  public Source {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a source needs a name");
    }
    site = site == null ? "" : site.strip();
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
    allowAddresses = allowAddresses == null ? List.of() : List.copyOf(allowAddresses);
  }

  public Source(String name, String site, List<String> feeds) {
    this(name, site, feeds, List.of(), List.of());
  }

  /** The address rules for every URL fetched for this source. */
  public AddressRules addressRules() {
    return AddressRules.allowing(allowAddresses);
  }

  /** This source with more feeds and sitemaps (duplicates dropped, order kept). */
  public Source merge(Source other) {
    return new Source(name, site.isEmpty() ? other.site : site, union(feeds, other.feeds),
        union(sitemaps, other.sitemaps), union(allowAddresses, other.allowAddresses));
  }

  private static List<String> union(List<String> a, List<String> b) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
