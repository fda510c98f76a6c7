package io.khabar.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an OPML subscription list: each {@code <outline xmlUrl=...>} is a feed; its {@code text} (or
 * {@code title}) names the outlet and {@code htmlUrl} gives the site. Feeds of the same outlet name
 * become one source. DOCTYPEs are refused, so an OPML file cannot pull in entities or other files.
 */
public final class OpmlReader {

  public List<Source> read(InputStream in, String origin) throws IOException {
    Document doc = parse(in, origin);
    Map<String, Source> sources = new LinkedHashMap<>();
    NodeList outlines = doc.getElementsByTagName("outline");
    for (int i = 0; i < outlines.getLength(); i++) {
      Element o = (Element) outlines.item(i);
      String feed = o.getAttribute("xmlUrl").strip();
      if (feed.isEmpty()) {
        continue; // a folder, not a feed
      }
      String name = firstNonBlank(o.getAttribute("text"), o.getAttribute("title"), hostOf(feed));
      Source s = new Source(name, o.getAttribute("htmlUrl"), List.of(feed));
      sources.merge(s.name(), s, Source::merge);
    }
    return new ArrayList<>(sources.values());
  }

  private static Document parse(InputStream in, String origin) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(in);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    } catch (SAXException e) {
      throw new IOException(origin + ": not a valid OPML file: " + e.getMessage(), e);
    }
  }

  private static String hostOf(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
