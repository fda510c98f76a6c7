package io.khabar.lab.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A story set ({@code docs/eval/stories-*.tsv}): events judged by reading ANT articles, each with
 * its member ids and its borderline ("maybe") ids, which scoring ignores.
 */
public record StoryEvents(List<Event> events) {
  public record Event(String id, String label, List<String> members, Set<String> maybe) {}

  public static StoryEvents read(Path tsv) throws IOException {
    List<Event> events = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      events.add(new Event(f[0], f[2], ids(f[3]), Set.copyOf(ids(f.length > 4 ? f[4] : ""))));
    }
    return new StoryEvents(events);
  }

  private static List<String> ids(String s) {
    return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).collect(Collectors.toList());
  }

  public int articleCount() {
    return events.stream().mapToInt(e -> e.members().size()).sum();
  }
}
