package io.khabar.web.pages;

import java.util.List;

/** Every topic with how many articles it has. */
public record TopicsView(List<Row> topics) {
  public record Row(String href, String name, String articles) {}
}
