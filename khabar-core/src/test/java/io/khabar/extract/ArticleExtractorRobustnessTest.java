package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Garbage and hostile pages: extract() returns (never throws) and gives what the page holds. The bounds are
 * asserted structurally (input cut at MAX_HTML_CHARS, tree depth capped at MAX_DEPTH), not by the clock;
 * speed figures live in `./khabar eval --only extraction`.
 */
class ArticleExtractorRobustnessTest {
  private static final String URL = "https://example.test/a/1";
  private static final String SENTENCE = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، "
      + "وقالت إنها ستبدأ تنفيذها الشهر المقبل.";
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static void assertEmpty(ExtractedPage p, String url) {
    assertEquals(url, p.url());
    assertEquals("", p.title());
    assertEquals(List.of(), p.paragraphs());
    assertNull(p.published());
    assertEquals("", p.author());
    assertEquals("", p.originalSource());
    assertEquals("", p.imageUrl());
  }

  @Test
  void nothingGivesAnEmptyPage() {
    assertEmpty(extractor.extract(null, URL), URL);
    assertEmpty(extractor.extract("", URL), URL);
    assertEmpty(extractor.extract("   \n ", URL), URL);
    assertEmpty(extractor.extract("<html><body></body></html>", null), "");
    assertEmpty(extractor.extract("<<<>>>&&&;;</p></div></html><!--", "not a url at all"), "not a url at all");
  }

  @Test
  void binaryJunkGivesAPageAndNoException() {
    byte[] bytes = new byte[200_000];
    new Random(4).nextBytes(bytes);
    ExtractedPage p = extractor.extract(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), URL);
    assertEquals(URL, p.url());
    assertNull(p.published());
  }

  @Test
  void aHundredThousandNestedLevels() {
    String html = "<html><head><title>عمق</title></head><body>" + "<div><span>".repeat(100_000) + "<p>" + SENTENCE
        + "</p>" + "</span></div>".repeat(100_000) + "</body></html>";
    ExtractedPage p = extractor.extract(html, URL);
    assertEquals(List.of(SENTENCE), p.paragraphs());
    int depth = maxDepth(Jsoup.parse(html, URL, Parser.htmlParser().setMaxDepth(ArticleExtractor.MAX_DEPTH)));
    assertTrue(depth <= ArticleExtractor.MAX_DEPTH + 2, "depth " + depth);
  }

  @Test
  void hugeAttributes() {
    String huge = "x".repeat(2_000_000); // three of them: 6 MB, under the 8 MB cut
    String html = "<html><head><meta property='og:image' content='" + huge + "'><title>" + "عنوان"
        + "</title></head><body><div class='" + huge + "' data-x='" + huge + "'><p>" + SENTENCE + "</p></div>"
        + "</body></html>";
    ExtractedPage p = extractor.extract(html, URL);
    assertEquals(List.of(SENTENCE), p.paragraphs());
  }

  @Test
  void tenMegabytesOfText() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 10_000_000) {
      text.append(SENTENCE).append(' ');
    }
    ExtractedPage p = extractor.extract("<html><body><p>" + text + "</p></body></html>", URL);
    assertEquals(1, p.paragraphs().size());
    assertTrue(p.paragraphs().get(0).length() <= ArticleExtractor.MAX_HTML_CHARS);
    assertTrue(p.paragraphs().get(0).length() > 1_000_000);
    assertEquals("ar", p.language());
  }

  @Test
  void manySiblingsAndManyDateLikeLines() {
    String html = "<html><body>" + ("<div><span>الجمعة 13 مارس 2020</span><p>" + SENTENCE + "</p></div>").repeat(20_000)
        + "</body></html>";
    ExtractedPage p = extractor.extract(html, URL);
    // every sentence is text, no date line is
    assertEquals(20_000, p.paragraphs().size());
    assertTrue(p.paragraphs().stream().allMatch(SENTENCE::equals), () -> p.paragraphs().get(0));
  }

  private static int maxDepth(org.jsoup.nodes.Document doc) {
    int max = 0;
    for (org.jsoup.nodes.Element e : doc.getAllElements()) {
      int d = 0;
      for (org.jsoup.nodes.Element x = e; x != null; x = x.parent()) {
        d++;
      }
      max = Math.max(max, d);
    }
    return max;
  }
}
