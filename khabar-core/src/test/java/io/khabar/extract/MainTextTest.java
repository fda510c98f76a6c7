package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainTextTest {
  private static final Predicate<Element> SKIP = e -> Boilerplate.neverText(e) || Boilerplate.isFurniture(e);
  private static final String SENTENCE = "وقال المتحدث باسم الوزارة، في مؤتمر صحفي عقده اليوم، إن الحكومة ستعلن خطتها الجديدة"
      + " خلال الأيام المقبلة، بعد مشاورات مع الأطراف المعنية.";

  private static String paragraphs(int n) {
    return ("<p>" + SENTENCE + "</p>").repeat(n);
  }

  @Test
  void picksTheBlockOfProseNotTheListsOfLinks() {
    Document doc = Jsoup.parse("<div id='links'>" + ("<p><a href='#'>" + SENTENCE + "</a></p>").repeat(8) + "</div>"
        + "<div id='story'>" + paragraphs(4) + "</div>");
    assertEquals("story", MainText.container(doc.body(), SKIP).id());
  }

  @Test
  void growsToTakeAnIntroKeptBesideTheBody() {
    Document doc = Jsoup.parse("<div id='item'><div id='intro'><p><em>" + SENTENCE + "</em></p></div>"
        + "<div id='full'>" + paragraphs(6) + "</div></div><div id='other'><a href='#'>رابط</a></div>");
    assertEquals("item", MainText.container(doc.body(), SKIP).id());
  }

  @Test
  void doesNotGrowIntoCommentsOrLinkLists() {
    Document doc = Jsoup.parse("<div id='page'><div id='story'>" + paragraphs(5) + "</div>"
        + "<div id='more'>" + ("<p><a href='#'>" + SENTENCE + "</a></p>").repeat(4) + "</div>"
        + "<div class='comments'>" + paragraphs(3) + "</div></div>");
    assertEquals("story", MainText.container(doc.body(), SKIP).id());
  }

  @Test
  void textWrittenStraightIntoADivIsThatDivsOwn() {
    Document doc = Jsoup.parse("<div id='post'><h1>عنوان</h1><div id='desc'>" + SENTENCE + "<br>" + SENTENCE
        + "<br>" + SENTENCE + "</div><div>تابعونا</div></div>");
    assertEquals("desc", MainText.container(doc.body(), SKIP).id());
  }

  @Test
  void anEmptyPageGivesTheBody() {
    Document doc = Jsoup.parse("");
    assertEquals(doc.body(), MainText.container(doc.body(), SKIP));
  }
}
