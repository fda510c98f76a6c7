package io.khabar.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from a news page: title, main text as paragraphs, publication date, author, canonical
 * URL, lead image, the source it credits, and its language. Built from small pieces that each do one thing
 * ({@link JsonLd}, {@link DateParser}, {@link Boilerplate}, {@link MainText}, {@link AuthorFinder},
 * {@link SourceCredit}, {@link LanguageGuess}); nothing in it knows any particular site.
 *
 * <p><b>Dates without a zone.</b> Most Arabic pages give a local time and no zone. Those are read in the
 * extractor's default zone: UTC unless the caller knows better ({@code new ArticleExtractor(ZoneId.of(
 * "Africa/Cairo"))} for an Egyptian feed, say). UTC is the default because it is what the rest of Khabar
 * assumes for dates without an offset (see the JSONL import) and it never invents a country.
 *
 * <p><b>Garbage in.</b> {@link #extract} never throws. Null or empty HTML, binary junk, or markup with no
 * article gives a page with empty strings, no paragraphs and a null date (the URL is kept). Hostile markup
 * stays bounded: input beyond {@link #MAX_HTML_CHARS} characters is cut, jsoup caps the tree depth
 * ({@link #MAX_DEPTH}), every walk over the tree is iterative, and dates and credits are only looked for in
 * short texts.
 *
 * <p>An extractor holds no state between pages: one instance can serve every crawler thread.
 */
public final class ArticleExtractor {
  /** News pages are well under 2 MB; more than this is cut, so that a 100 MB page costs what 8 MB do. */
  public static final int MAX_HTML_CHARS = 8 << 20;
  /** Deeper elements are attached at this depth by jsoup: no stack overflow, no quadratic walks. */
  public static final int MAX_DEPTH = 256;

  private static final java.util.regex.Pattern NOT_A_PICTURE =
      java.util.regex.Pattern.compile("logo|icon|avatar|pixel|spacer|blank|/ads?/|\\.gif($|\\?)|\\.svg($|\\?)");

  private final DateParser dates;

  /** Dates without a zone are read as UTC. */
  public ArticleExtractor() {
    this(ZoneOffset.UTC);
  }

  /** Dates without a zone are read in {@code defaultZone}. */
  public ArticleExtractor(ZoneId defaultZone) {
    this.dates = new DateParser(defaultZone);
  }

  public ExtractedPage extract(String html, String url) {
    String u = url == null ? "" : url.strip();
    try {
      return extract(parse(html, u), u);
    } catch (RuntimeException | StackOverflowError e) {
      // a page that breaks an assumption must not stop a crawl: it has no article, the next page goes on
      return empty(u);
    }
  }

  /** The page with nothing found: every string empty, no paragraphs, no date. */
  public static ExtractedPage empty(String url) {
    String u = url == null ? "" : url;
    return new ExtractedPage(u, u, "", List.of(), null, "", "", "", "");
  }

  private static Document parse(String html, String url) {
    String h = html == null ? "" : html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
    Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    return Jsoup.parse(h, url, parser);
  }

  private ExtractedPage extract(Document doc, String url) {
    Meta meta = new Meta(doc);
    JsonLd ld = JsonLd.of(doc);
    List<String> siteNames = SiteNames.of(doc, meta, ld, url);
    TitleFinder.Title title = TitleFinder.find(doc, meta, ld, siteNames);
    Element body = doc.body();
    Predicate<Element> never = Boilerplate::neverText;
    Predicate<Element> unlikely = Boilerplate::probablyNotText;
    // tag, class and id weigh a region down and drop furniture beside the text, never the text itself
    MainText.Found found = MainText.find(body, never, unlikely);
    Element container = found.container();
    List<String> paragraphs = new ArrayList<>(
        ArticleBody.paragraphs(container, found.skip(never, unlikely), title.text(), dates));
    if (chars(paragraphs) < found.rawProse() / 2) {
      // empty, or much shorter than the densest region by text and link density alone: a rule misled us (an
      // article in a wrapper named like an ad, say); read that region
      Element dense = MainText.find(body, never, e -> false).container();
      List<String> again = ArticleBody.paragraphs(dense,
          MainText.skipAround(found.rawDensest(), never, unlikely), title.text(), dates);
      if (chars(again) > chars(paragraphs)) {
        container = dense;
        paragraphs = new ArrayList<>(again);
      }
    }
    String author = AuthorFinder.find(doc, meta, ld, siteNames, paragraphs, title.heading());
    removeBylines(paragraphs, siteNames);
    String source = originalSource(doc, paragraphs);
    ArticleBody.trimEnds(paragraphs);
    OffsetDateTime published = DateFinder.find(doc, meta, ld, dates, title.heading(), container);
    Element html = doc.selectFirst("html");
    String declared = html == null ? "" : html.attr("lang");
    if (declared.isEmpty()) {
      declared = meta.get("og:locale", "content-language", "language", "dc.language");
    }
    String text = String.join(" ", paragraphs);
    String language = LanguageGuess.guess(text.isEmpty() ? title.text() : text, declared);
    return new ExtractedPage(url, canonical(doc, meta, ld, url), title.text(), List.copyOf(paragraphs), published,
        author, source, image(doc, meta, ld, container), language);
  }

  private static int chars(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }

  private static void removeBylines(List<String> paragraphs, List<String> siteNames) {
    for (int i = Math.min(2, paragraphs.size()) - 1; i >= 0; i--) {
      if (!AuthorFinder.byline(paragraphs.get(i), siteNames).isEmpty()) {
        paragraphs.remove(i);
      }
    }
  }

  /** The credited source, from a credit line in the text (which then leaves the text) or a credit element. */
  private static String originalSource(Document doc, List<String> paragraphs) {
    SourceCredit.Credit credit = SourceCredit.find(paragraphs);
    if (credit != null) {
      if (credit.rest() == null || credit.rest().isEmpty()) {
        paragraphs.remove(credit.index());
      } else {
        paragraphs.set(credit.index(), credit.rest());
      }
      return credit.source();
    }
    for (Element e : doc.select("[class~=(?i)source|credit|masdar], [id~=(?i)source|credit|masdar]")) {
      String text = Text.clean(e.text());
      String s = text.length() > 200 ? "" : SourceCredit.of(text);
      if (!s.isEmpty()) {
        return s;
      }
    }
    return "";
  }

  private static String canonical(Document doc, Meta meta, JsonLd ld, String url) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String c = link != null ? link.absUrl("href") : "";
    if (c.isEmpty()) {
      c = absolute(doc, meta.get("og:url"));
    }
    if (c.isEmpty()) {
      c = absolute(doc, ld.url());
    }
    return c.isEmpty() ? url : c;
  }

  private static String image(Document doc, Meta meta, JsonLd ld, Element container) {
    String i = absolute(doc, meta.get("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
        "twitter:image:src"));
    if (i.isEmpty()) {
      i = absolute(doc, ld.image());
    }
    if (i.isEmpty()) {
      Element link = doc.selectFirst("link[rel=image_src][href]");
      i = link == null ? "" : link.absUrl("href");
    }
    if (i.isEmpty()) {
      i = firstPicture(container);
    }
    return i;
  }

  /** The first real picture of the article's text (not a logo, icon, tracking pixel or inline data). */
  private static String firstPicture(Element container) {
    for (Element img : container.select("img[src]")) {
      String src = img.absUrl("src");
      String lower = src.toLowerCase(java.util.Locale.ROOT);
      if (!src.isEmpty() && !lower.startsWith("data:") && !NOT_A_PICTURE.matcher(lower).find()) {
        return src;
      }
    }
    return "";
  }

  private static String absolute(Document doc, String href) {
    if (href == null || href.isBlank()) {
      return "";
    }
    String base = doc.location();
    try {
      if (base.isEmpty()) {
        return href.strip();
      }
      return java.net.URI.create(base).resolve(href.strip().replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return href.strip();
    }
  }
}
