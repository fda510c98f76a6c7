package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages written in the styles of other Arabic outlets (and one English page), each with its expected
 * extraction in a JSON file beside it: every field is asserted, paragraphs one by one.
 */
class ArticleExtractorFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every page in the fixtures folder, as the eval reads them: a fixture added there is tested here. */
  static List<String> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(Path.of(ArticleExtractorFixturesTest.class.getResource("fixtures").toURI()))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void extractsWhatThePageSays(String name) throws IOException {
    JsonNode expected = JSON.readTree(resource(name + ".json"));
    ExtractedPage page = new ArticleExtractor().extract(resource(name + ".html"), expected.get("url").asText());

    assertEquals(expected.get("title").asText(), page.title(), "title");
    assertEquals(paragraphs(expected), page.paragraphs(), "paragraphs");
    OffsetDateTime published = OffsetDateTime.parse(expected.get("published").asText());
    assertTrue(published.isEqual(page.published()), () -> "published " + page.published() + " vs " + published);
    assertEquals(published.getOffset(), page.published().getOffset(), "zone");
    assertEquals(expected.get("author").asText(), page.author(), "author");
    assertEquals(expected.get("originalSource").asText(), page.originalSource(), "original source");
    assertEquals(expected.get("canonicalUrl").asText(), page.canonicalUrl(), "canonical URL");
    assertEquals(expected.get("imageUrl").asText(), page.imageUrl(), "lead image");
    assertEquals(expected.get("language").asText(), page.language(), "language");
    assertEquals(expected.get("url").asText(), page.url(), "url");
  }

  private static List<String> paragraphs(JsonNode expected) {
    List<String> out = new ArrayList<>();
    expected.get("paragraphs").forEach(p -> out.add(p.asText()));
    return out;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ArticleExtractorFixturesTest.class.getResourceAsStream("fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
