package io.khabar.lab.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a page really says, judged by reading it: one JSON file per page ({@code id}, {@code url},
 * {@code title}, {@code paragraphs}, {@code published} as ISO-8601 or null, {@code author},
 * {@code originalSource}, {@code canonicalUrl}, {@code imageUrl}, {@code language}). See
 * docs/eval/extraction.md for how the gold copy of the shared pages was made.
 */
public record ExtractionGold(String id, String url, String title, List<String> paragraphs, OffsetDateTime published,
    String author, String originalSource, String canonicalUrl, String imageUrl, String language) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every {@code *.json} in {@code folder}, sorted by name. */
  public static List<ExtractionGold> readAll(Path folder) throws IOException {
    List<ExtractionGold> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        out.add(read(f));
      }
    }
    return out;
  }

  public static ExtractionGold read(Path file) throws IOException {
    JsonNode n = JSON.readTree(file.toFile());
    List<String> paragraphs = new ArrayList<>();
    n.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
    String published = n.path("published").asText("");
    return new ExtractionGold(n.path("id").asText(), n.path("url").asText(), n.path("title").asText(), paragraphs,
        published.isEmpty() || published.equals("null") ? null : OffsetDateTime.parse(published),
        n.path("author").asText(""), n.path("originalSource").asText(""), n.path("canonicalUrl").asText(""),
        n.path("imageUrl").asText(""), n.path("language").asText(""));
  }
}
