package io.khabar.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import io.khabar.model.Entity;

/**
 * One news article as Khabar keeps it. The id is the one its source gives it (ANT DOCNO, JSONL id, ...).
 * {@code published} may be null when the source gives no usable date. {@code entities} and {@code topic}
 * are what enrichment found (empty until then); they are derived from the text, so they are not part of
 * {@link #contentHash()}.
 */
public record Article(
    String id,
    String url,
    String source,
    String title,
    String text,
    OffsetDateTime published,
    String author,
    String category,
    List<Entity> entities,
    String topic) {

  /** An article as a source gives it, not yet enriched. */
  public Article(String id, String url, String source, String title, String text,
      OffsetDateTime published, String author, String category) {
    this(id, url, source, title, text, published, author, category, List.of(), "");
  }

  public Article {
    Objects.requireNonNull(id, "id");
    url = blankToEmpty(url);
    source = blankToEmpty(source);
    title = blankToEmpty(title);
    text = blankToEmpty(text);
    author = blankToEmpty(author);
    category = blankToEmpty(category);
    entities = entities == null ? List.of() : List.copyOf(entities);
    topic = blankToEmpty(topic);
  }

  /** This article with what enrichment found. */
  public Article withEnrichment(List<Entity> entities, String topic) {
    return new Article(id, url, source, title, text, published, author, category, entities, topic);
  }

  /** A fingerprint of everything stored, so that re-importing the same article is recognised as unchanged. */
  public String contentHash() {
    return sha256(String.join("\u0001", id, url, source, title, text,
        published == null ? "" : published.toString(), author, category));
  }

  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
