package io.khabar.search;

import java.util.List;

/** One page of results; {@code total} counts every match. */
public record SearchPage(SearchQuery query, long total, List<SearchHit> hits) {}
