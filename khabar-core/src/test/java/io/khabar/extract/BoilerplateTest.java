package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
  private static Element div(String cls) {
    return Jsoup.parse("<div class='" + cls + "'>x</div>").selectFirst("div");
  }

  @ParameterizedTest
  @ValueSource(strings = {"social-share", "relatedItems", "post-tags", "itemTagsBlock", "keywordsDiv", "comments",
      "fb-comments", "ad-container", "advertisement", "breadcrumb", "related-content", "article-tags", "sidebar",
      "main-nav", "newsletter-signup", "cookie-banner", "author-name", "nextLink"})
  void classesOfPageFurniture(String cls) {
    assertTrue(Boilerplate.isFurniture(div(cls)), cls);
  }

  @ParameterizedTest
  @ValueSource(strings = {"article-body", "ArticleDetails", "entry-content", "news-desc", "ni-content", "post-cont",
      "article-print", "col-xs-hidden", "paragraph-list", "wysiwyg", "itemFullText", "story-body", "header-content"})
  void classesOfArticles(String cls) {
    assertFalse(Boilerplate.isFurniture(div(cls)), cls);
  }

  @ParameterizedTest
  @ValueSource(strings = {"اقرأ أيضا", "اقرأ أيضا:", "إقرأ أيضاً", "اقرأ ايضا", "مقالات ذات صلة", "مقالات مشابهة",
      "أخبار ذات صلة", "موضوعات متعلقة", "قصص ذات صلة", "تابعونا على فيسبوك", "شارك الخبر", "Read more",
      "Related articles", "إقرأ المزيد في: العالم", "لمزيد من أخبار الطقس اضغط هنا", "للمزيد تابعونا"})
  void readAlsoHeadsAndCallsToAction(String text) {
    assertTrue(Boilerplate.isCue(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"قرأ الرئيس بيانا", "اقرأوا الدستور", "شاركت الوزيرة في المؤتمر", "المقالات التي نشرت",
      "Reading the report, he said"})
  void ordinaryText(String text) {
    assertFalse(Boilerplate.isCue(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<div hidden>x</div>", "<p style='display: none'>x</p>", "<button>x</button>",
      "<iframe>x</iframe>"})
  void elementsThatNeverHoldText(String html) {
    Element e = Jsoup.parse(html).body().child(0);
    assertTrue(Boilerplate.neverText(e), html);
  }

  /** Evidence, not a verdict: an ASP.NET page wraps its article in a form, a site may put it in a header. */
  @ParameterizedTest
  @ValueSource(strings = {"<nav>x</nav>", "<aside>x</aside>", "<figcaption>x</figcaption>", "<form>x</form>",
      "<header class='rtl'>x</header>", "<footer>x</footer>", "<div class='ads-wrapper'>x</div>"})
  void elementsThatUsuallyHoldNoTextOnlyWeighDown(String html) {
    Element e = Jsoup.parse(html).body().child(0);
    assertFalse(Boilerplate.neverText(e), html);
    assertTrue(Boilerplate.probablyNotText(e), html);
  }
}
