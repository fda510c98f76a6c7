package io.khabar.extract;

import static io.khabar.text.ArabicFolding.MATCHING;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When the article was published, from (in this order) the JSON-LD {@code datePublished}, publication meta
 * tags, {@code <time>} and {@code itemprop=datePublished} elements (in the block that holds the title and the
 * text, when the title is found), and finally the first written date
 * shown with the article: in the block that holds both the title and the text, before the text, skipping
 * "last updated" lines. Dates elsewhere on the page (today's date in the header, dates of other stories)
 * are not the article's and are not read.
 */
final class DateFinder {
  private DateFinder() {}

  private static final String[] META_KEYS = {"article:published_time", "og:article:published_time",
      "og:published_time", "published_time", "datepublished", "pubdate", "publishdate", "publish-date",
      "publish_date", "publication_date", "article.published", "sailthru.date", "parsely-pub-date",
      "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dc.date.created", "date", "article_date",
      "cxenseparse:recs:publishtime", "original-publish-date"};
  private static final Pattern UPDATED = Pattern.compile("^\\s*(اخر تحديث|تم التحديث|تحديث|محدث|updated|last updated"
      + "|modified|mis a jour)");
  private static final int MAX_VISIBLE = 150;
  private static final int MIN_PARAGRAPH = 100;
  private static final int MAX_ELEMENTS = 500;

  static OffsetDateTime find(Document doc, Meta meta, JsonLd ld, DateParser dates, Element title, Element body) {
    Optional<OffsetDateTime> d = dates.parse(ld.datePublished());
    for (int i = 0; d.isEmpty() && i < META_KEYS.length; i++) {
      d = dates.parse(meta.get(META_KEYS[i]));
    }
    // the block that holds both the title and the text: the article's own, when the title is found
    Element block = title != null && body != null ? commonAncestor(title, body) : null;
    if (d.isEmpty()) {
      // a <time> beside the title is the article's; elsewhere it may date another story in a list
      d = timeElements(block == null ? doc : block, dates);
    }
    if (d.isEmpty() && block != null) {
      d = visible(block, title, body, dates);
    }
    return d.orElse(null);
  }

  private static Optional<OffsetDateTime> timeElements(Element scope, DateParser dates) {
    for (Element e : scope.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
      for (String v : new String[] {e.attr("datetime"), e.attr("content"), e.text()}) {
        Optional<OffsetDateTime> d = dates.parse(v);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** The first short element with a date in the title's and body's common block, before the body. */
  private static Optional<OffsetDateTime> visible(Element block, Element title, Element body, DateParser dates) {
    int seen = 0;
    for (Element e : block.getAllElements()) {
      if ((e == body && e != block) || e.ownText().length() >= MIN_PARAGRAPH || ++seen > MAX_ELEMENTS) {
        break; // the text has begun: dates from here on are the story's, not its publication's
      }
      if (e == block || Boilerplate.neverText(e)
          || (Boilerplate.probablyNotText(e) && !MainText.isUnder(title, e) && !MainText.isUnder(body, e))) {
        continue;
      }
      String t = Text.clean(Text.prefix(e, MAX_VISIBLE + 1));
      if (t.length() > MAX_VISIBLE || t.isEmpty() || UPDATED.matcher(MATCHING.fold(t)).find()) {
        continue;
      }
      Optional<OffsetDateTime> d = dates.parse(t);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Element commonAncestor(Element a, Element b) {
    for (Element x = a; x != null; x = x.parent()) {
      for (Element y = b; y != null; y = y.parent()) {
        if (x == y) {
          return x;
        }
      }
    }
    return null;
  }
}
