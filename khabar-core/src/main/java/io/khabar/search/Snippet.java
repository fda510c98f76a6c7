package io.khabar.search;

import java.util.List;

/**
 * Text with the matched words marked, as plain segments: whoever renders it escapes each segment
 * and marks the hits, so no markup ever travels inside article text.
 */
public record Snippet(List<Segment> segments) {
  public record Segment(String text, boolean hit) {}

  public static Snippet plain(String text) {
    return new Snippet(List.of(new Segment(text, false)));
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    segments.forEach(s -> b.append(s.text()));
    return b.toString();
  }
}
