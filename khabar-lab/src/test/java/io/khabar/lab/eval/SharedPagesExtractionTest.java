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
      assertTrue(r.khabar().f1() >= 0.95, r.id() + " F1 " + r.khabar().f1());
    }
    var ours = ExtractionEvaluation.scores(rows, "khabar");
    var peer = ExtractionEvaluation.scores(rows, "readability");
    assertTrue(ExtractionEvaluation.mean(ours, ExtractionEvaluation.Score::f1)
        > ExtractionEvaluation.mean(peer, ExtractionEvaluation.Score::f1), rows.toString());
    assertTrue(ExtractionEvaluation.share(ours, "date") >= 0.95, rows.toString());
  }

  /** The dev pages of both page sets (docs/eval/extraction-split.tsv): the goals of issue 13, as a guard. */
  @Test
  void devPagesKeepTheirFigures() throws IOException {
    Shared.dir("pages-v2", WHY);
    List<ExtractionEvaluation.Case> dev = ExtractionEvaluation.cases(data.pages().getParent(), GOLD,
        Path.of("../docs/eval/extraction-split.tsv"), "dev");
    assertEquals(25, dev.size());
    List<ExtractionEvaluation.Row> rows = ExtractionEvaluation.score(dev);
    for (ExtractionEvaluation.Row r : rows) {
      assertTrue(r.khabar().f1() >= 0.95, r.id() + " F1 " + r.khabar().f1());
    }
    var ours = ExtractionEvaluation.scores(rows, "khabar");
    double peer = ExtractionEvaluation.mean(ExtractionEvaluation.scores(rows, "readability"),
        ExtractionEvaluation.Score::f1);
    assertTrue(ExtractionEvaluation.mean(ours, ExtractionEvaluation.Score::f1) >= Math.max(0.95, peer + 0.05));
    assertTrue(ExtractionEvaluation.share(ours, "date") >= 0.95, rows.toString());
    assertTrue(ExtractionEvaluation.share(ours, "title") >= 0.95, rows.toString());
    assertTrue(ExtractionEvaluation.share(ours, "author") >= 0.90, rows.toString());
  }
}
