package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedLinesTest {
  private static final String FOLLOW = "تابعونا على تويتر";

  private static Article article(String id, String source, String text) {
    return new Article(id, "", source, "عنوان", text, null, "", "");
  }

  @Test
  void aLineTheOutletPrintedBeforeIsDropped() {
    RepeatedLines lines = new RepeatedLines();
    lines.register(article("a", "sky", "قصف على الحديدة\n" + FOLLOW), "a", 1);
    assertEquals(List.of("قمة في سنغافورة"),
        lines.meet(article("b", "sky", "قمة في سنغافورة\n" + FOLLOW), "b", null));
  }

  @Test
  void anotherOutletsLinesDoNotCount() {
    RepeatedLines lines = new RepeatedLines();
    lines.register(article("a", "sky", FOLLOW), "a", 1);
    assertEquals(List.of(FOLLOW), lines.meet(article("b", "bbc", FOLLOW), "b", null));
  }

  @Test
  void aCopyKeepsTheLinesItSharesWithItsOriginal() {
    RepeatedLines lines = new RepeatedLines();
    lines.register(article("a", "sky", "قصف على الحديدة"), "a", 1);
    assertEquals(List.of("قصف على الحديدة"),
        lines.meet(article("a2", "sky", "قصف على الحديدة"), "a", null));
  }

  @Test
  void aLineMetInTwoGroupsIsRepeatedEvenForACopy() {
    RepeatedLines lines = new RepeatedLines();
    lines.register(article("a", "sky", FOLLOW), "a", 1);
    lines.register(article("b", "sky", FOLLOW), "b", 2);
    assertEquals(List.of(), lines.meet(article("a2", "sky", FOLLOW), "a", null));
  }

  @Test
  void linesLastMetBeforeATimeAreForgotten() {
    RepeatedLines lines = new RepeatedLines();
    lines.register(article("a", "sky", FOLLOW), "a", 1);
    lines.forgetBefore(2);
    assertEquals(List.of(FOLLOW), lines.meet(article("b", "sky", FOLLOW), "b", null));
  }

  @Test
  void linesAreCollapsedAndBlankOnesSkipped() {
    assertEquals(List.of("سطر أول", "سطر ثان"), RepeatedLines.lines("  سطر   أول \n\n\t\nسطر ثان"));
  }

  /** What the lines were when they were split and collapsed by regex ("\\R", then "\\s+" → " "). */
  private static List<String> byRegex(String text) {
    List<String> out = new java.util.ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = raw.strip().replaceAll("\\s+", " ");
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void linesAreWhatTheRegexesGave() {
    List<String> texts = List.of("", " \n\t ", "سطر واحد", "  سطر  \t فيه \t\t فراغات  ", "أ\r\nب\rج\n\nد",
        "أ\u2028ب\u2029ج\u0085د\u000Bه\fو", "\tأول\u00A0 ثان\u2003ثالث \n  ", "أ \t", "x\u001Cy  z", "a b\tc\t\td");
    for (String text : texts) {
      assertEquals(byRegex(text), RepeatedLines.lines(text), text);
    }
  }

  @Test
  void meetingAnArticleKeepsItsOwnLinesAndRemembersThemOnlyWhenDated() {
    RepeatedLines lines = new RepeatedLines();
    assertEquals(List.of("قصف", FOLLOW), lines.meet(article("a", "sky", "قصف\n" + FOLLOW), "a", 1L));
    assertEquals(List.of("قمة"), lines.meet(article("b", "sky", "قمة\n" + FOLLOW), "b", null));
    // b was undated: its line "قمة" was not remembered, so c keeps it
    assertEquals(List.of("قمة"), lines.meet(article("c", "sky", "قمة\n" + FOLLOW), "c", null));
  }
}
