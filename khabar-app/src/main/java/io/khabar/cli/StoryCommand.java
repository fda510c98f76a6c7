package io.khabar.cli;

import io.khabar.Khabar;
import io.khabar.story.Coverage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "story", mixinStandardHelpOptions = true,
    description = {"One story's full coverage: every outlet, the first to report marked, copies folded together. "
        + "ID is a story id or the id of any of its articles.",
        "Example: ./khabar story SK-middleEast-2263-20180514"})
final class StoryCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Parameters(paramLabel = "ID", description = "Story id, or an article id.")
  String id;

  @Option(names = "--json", description = "The coverage as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Khabar khabar = data.openKhabar()) {
      String story = khabar.headline(id).map(h -> h.story()).orElse(id);
      Coverage c = khabar.story(story == null ? id : story)
          .orElseThrow(() -> new UsageException("no story with id or article " + id));
      if (json) {
        System.out.println(Json.line(c));
        return 0;
      }
      System.out.printf("story %s: %d articles, %d texts, outlets %s%n", c.story(), c.articles(), c.items().size(),
          String.join(", ", c.outlets()));
      System.out.printf("headline: %s [%s]%nfirst reported by %s, %s; span %s to %s%n", c.title(), c.headline().id(),
          c.first().source(), c.first().id(), c.earliest() == null ? "-" : c.earliest(),
          c.latest() == null ? "-" : c.latest());
      for (Coverage.Item item : c.items()) {
        var a = item.article();
        String first = a.id().equals(c.first().id()) ? "  (first)" : "";
        System.out.printf("  %s  [%s %s]  %s%s%n", a.id(), String.join("+", item.outlets()),
            a.published() == null ? "-" : a.published(), a.title(), first);
        item.copies().forEach(copy -> System.out.printf("      copy %s [%s]%n", copy.id(), copy.source()));
      }
    }
    return 0;
  }
}
