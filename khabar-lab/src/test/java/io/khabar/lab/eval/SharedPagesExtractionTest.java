package io.khabar.lab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.extract.ArticleExtractor;
import io.khabar.extract.ExtractedPage;
import io.khabar.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the 8 archived pages of the shared data (read through {@link SharedData}), against the
 * gold copy in docs/eval/pages-gold. Needs the shared data
 * (io.khabar.testing.Shared: skipped without it, failed on CI).
 */
class SharedPagesExtractionTest {
  static final Path GOLD = Path.of("../docs/eval/pages-gold");
  private static final String WHY = "the archived pages scored against docs/eval/pages-gold (SharedPagesExtractionTest)";
  private SharedData data;
  private List<ExtractionEvaluation.Case> cases;

  @BeforeEach
  void read() throws IOException {
    Shared.dir("pages", WHY);
    data = new SharedData(Shared.root(WHY));
    cases = ExtractionEvaluation.cases(GOLD, data.pages());
  }

  @Test
  void everyPageHasItsGoldCopy() throws IOException {
    Set<String> pages;
    try (Stream<Path> files = Files.list(data.pages())) {
      pages = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length())).collect(Collectors.toSet());
    }
    assertEquals(pages, cases.stream().map(c -> c.gold().id()).collect(Collectors.toSet()));
  }

  @Test
  void thePagesComeFromSevenOutletsAsTheDocsSay() {
    assertEquals(7, ExtractionEvaluation.outlets(cases));
  }

  @Test
  void metadataIsWhatThePageSays() {
    ArticleExtractor extractor = new ArticleExtractor();
    for (ExtractionEvaluation.Case c : cases) {
      ExtractionGold g = c.gold();
      ExtractedPage p = extractor.extract(c.html(), g.url());
      assertEquals(g.title(), p.title(), g.id());
      assertTrue(ExtractionScore.sameDay(p.published(), g.published()), g.id() + ": " + p.published());
      assertEquals(g.author(), p.author(), g.id());
      assertEquals(g.canonicalUrl(), p.canonicalUrl(), g.id());
      assertEquals(g.imageUrl(), p.imageUrl(), g.id());
      assertEquals(g.originalSource(), p.originalSource(), g.id());
      assertEquals("ar", p.language(), g.id());
    }
  }

  @Test
  void bodyTextReachesTheGoalOnEveryPageAndBeatsReadability() {
    List<ExtractionEvaluation.Row> rows = ExtractionEvaluation.score(cases);
    for (ExtractionEvaluation.Row r : rows) {
      assertTrue(r.oursF1() >= 0.95, r.id() + " F1 " + r.oursF1());
    }
    ExtractionEvaluation.Totals t = ExtractionEvaluation.totals(rows);
    assertTrue(t.oursF1() > t.peerF1(), t.toString());
    assertTrue(t.oursDate() >= 0.95, t.toString());
  }
}
