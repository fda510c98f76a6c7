package io.khabar.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the article from a news page. (First cut: title and paragraphs; to be completed by issue 4.) */
public final class ArticleExtractor {

  public ExtractedPage extract(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    List<String> paragraphs = doc.select("p").stream().map(Element::text).filter(t -> !t.isBlank()).toList();
    return new ExtractedPage(url, url, doc.title(), paragraphs, null, "", "", "", "ar");
  }
}
