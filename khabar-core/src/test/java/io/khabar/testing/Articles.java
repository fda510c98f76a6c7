package io.khabar.testing;

import io.khabar.model.Article;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A small builder for test articles: {@code Articles.article("a1").source("bbc").title("…").text("…").at("2024-01-10T12:00").build()}. */
public final class Articles {
  private Articles() {}

  public static Builder article(String id) {
    return new Builder(id);
  }

  /** A UTC time from {@code yyyy-MM-ddTHH:mm}. */
  public static OffsetDateTime utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atOffset(ZoneOffset.UTC);
  }

  public static final class Builder {
    private final String id;
    private String url = "";
    private String source = "test";
    private String title = "";
    private String text = "";
    private OffsetDateTime published;
    private String author = "";
    private String category = "";

    private Builder(String id) {
      this.id = id;
      this.url = "https://example.org/" + id;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    /** Published at a UTC time given as {@code yyyy-MM-ddTHH:mm}. */
    public Builder at(String utcLocalDateTime) {
      published = utc(utcLocalDateTime);
      return this;
    }

    public Builder published(OffsetDateTime v) {
      published = v;
      return this;
    }

    public Builder author(String v) {
      author = v;
      return this;
    }

    public Builder category(String v) {
      category = v;
      return this;
    }

    public Article build() {
      return new Article(id, url, source, title, text, published, author, category);
    }
  }
}
