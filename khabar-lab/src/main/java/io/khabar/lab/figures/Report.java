package io.khabar.lab.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one measuring run returns: its section of docs/benchmarks.md, and the same figures by id, so that a
 * verify run can compare them with the values pinned in docs/figures/SECTION.yaml without parsing Markdown.
 */
public record Report(String markdown, Map<String, Figure> figures) {
  public Report {
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }
}
