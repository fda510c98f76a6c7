package io.khabar.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void defaults() {
    SearchQuery q = SearchQuery.of("  روسيا  ");
    assertEquals("روسيا", q.text());
    assertNull(q.source());
    assertEquals(SearchQuery.Sort.RELEVANCE, q.sort());
    assertEquals(0, q.offset());
    assertEquals(10, q.limit());
    assertEquals("", SearchQuery.of(null).text());
    assertNull(SearchQuery.of("x").withSource("  ").source());
  }

  @Test
  void limitMustBeBetweenOneAndTheMaximum() {
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withPage(0, 0));
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withPage(0, SearchQuery.MAX_LIMIT + 1));
    assertDoesNotThrow(() -> SearchQuery.of("x").withPage(0, 1));
    assertDoesNotThrow(() -> SearchQuery.of("x").withPage(0, SearchQuery.MAX_LIMIT));
  }

  @Test
  void offsetMustBeInRange() {
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withPage(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withPage(SearchQuery.MAX_OFFSET + 1, 10));
  }

  @Test
  void fromAfterToIsRejected() {
    LocalDate d = LocalDate.of(2024, 1, 10);
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withDates(d.plusDays(1), d));
    assertDoesNotThrow(() -> SearchQuery.of("x").withDates(d, d));
    assertDoesNotThrow(() -> SearchQuery.of("x").withDates(null, d));
  }

  @Test
  void queryLongerThan500CharactersIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("ب".repeat(501)));
    assertDoesNotThrow(() -> SearchQuery.of("ب".repeat(500)));
    assertDoesNotThrow(() -> SearchQuery.of(" " + "ب".repeat(500) + " ")); // measured after stripping
  }

  @Test
  void snippetTextJoinsItsSegments() {
    Snippet s = new Snippet(List.of(new Snippet.Segment("قال ", false), new Snippet.Segment("بوتين", true),
        new Snippet.Segment(" إن", false)));
    assertEquals("قال بوتين إن", s.text());
    assertEquals(List.of(new Snippet.Segment("نص", false)), Snippet.plain("نص").segments());
  }
}
