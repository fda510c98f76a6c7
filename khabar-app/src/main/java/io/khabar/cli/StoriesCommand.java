package io.khabar.cli;

import io.khabar.Khabar;
import io.khabar.model.Headline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Every article's story and duplicate group: one line per article, oldest first. With --json: "
        + "{\"id\", \"story\", \"duplicateOf\"} (duplicateOf = the group's canonical, earliest article, or null).",
        "Example: ./khabar stories --json > stories.jsonl"})
final class StoriesCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Option(names = "--json", description = "JSON lines instead of tab-separated text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Khabar khabar = data.openKhabar()) {
      Map<String, String> canonical = new java.util.HashMap<>();
      var all = khabar.store().allHeadlines();
      for (Headline h : all) { // oldest first: the first member of a group seen is its canonical
        if (h.dupGroup() != null) {
          canonical.putIfAbsent(h.dupGroup(), h.id());
        }
      }
      for (Headline h : all) {
        String canon = h.dupGroup() == null ? null : canonical.get(h.dupGroup());
        String duplicateOf = canon == null || canon.equals(h.id()) ? null : canon;
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", h.id());
          m.put("story", h.story());
          m.put("duplicateOf", duplicateOf);
          System.out.println(Json.line(m));
        } else {
          System.out.println(h.id() + "\t" + (h.story() == null ? "-" : h.story()) + "\t" + (duplicateOf == null ? "-" : duplicateOf));
        }
      }
    }
    return 0;
  }
}
