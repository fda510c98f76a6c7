package io.khabar.testing;

import io.khabar.model.Article;
import io.khabar.ingest.ArticleSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader reports, in order. */
public final class CollectingSink implements ArticleSink {
  public record Accepted(Article article, String origin) {}

  public record Skipped(String origin, String reason) {}

  public final List<Accepted> accepted = new ArrayList<>();
  public final List<Skipped> skipped = new ArrayList<>();
  /** Inputs that could not be read (to their end), as {@code "file: reason"}. */
  public final List<String> unreadable = new ArrayList<>();

  @Override
  public void accept(Article article, String origin) {
    accepted.add(new Accepted(article, origin));
  }

  @Override
  public void skip(String origin, String reason) {
    skipped.add(new Skipped(origin, reason));
  }

  @Override
  public void unreadable(String file, String reason) {
    unreadable.add(file + ": " + reason);
  }

  public List<String> acceptedIds() {
    return accepted.stream().map(a -> a.article().id()).toList();
  }

  public List<String> skippedOrigins() {
    return skipped.stream().map(Skipped::origin).toList();
  }

  /** The reason given for the record skipped at {@code origin}; fails if there is none. */
  public String reasonAt(String origin) {
    return skipped.stream().filter(s -> s.origin().equals(origin)).map(Skipped::reason).findFirst()
        .orElseThrow(() -> new AssertionError("nothing skipped at " + origin + "; skipped: " + skipped));
  }
}
