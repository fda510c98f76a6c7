package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextBlocksTest {
  private static List<TextBlocks.Block> blocks(String html) {
    Element body = Jsoup.parse(html).body();
    return TextBlocks.of(body, Boilerplate::neverText);
  }

  @Test
  void oneBlockPerParagraphWhateverItIsWrittenWith() {
    List<String> texts = blocks("<p>أول <b>فقرة</b></p><div>ثانية</div>ثالثة<br>رابعة<br><br> <span>خامسة</span>")
        .stream().map(TextBlocks.Block::text).toList();
    assertEquals(List.of("أول فقرة", "ثانية", "ثالثة", "رابعة", "خامسة"), texts);
  }

  @Test
  void countsLinkTextAndSkipsWhatNeverHoldsText() {
    List<TextBlocks.Block> b = blocks("<p>نص <a href='#'>رابط طويل جدا</a></p><script>var x = 1;</script>"
        + "<button><p>قائمة</p></button><p><a href='#'>كله رابط</a></p>");
    assertEquals(2, b.size());
    assertTrue(b.get(0).linkDensity() > 0.5 && b.get(0).linkDensity() < 1);
    assertEquals(1.0, b.get(1).linkDensity());
  }

  @Test
  void aDeeplyNestedPageCostsNoStack() {
    String html = "<div>".repeat(50_000) + "نص في القاع" + "</div>".repeat(50_000);
    List<TextBlocks.Block> b = blocks(html);
    assertEquals("نص في القاع", b.get(0).text());
  }
}
