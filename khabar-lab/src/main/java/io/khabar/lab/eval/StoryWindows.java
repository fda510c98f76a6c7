package io.khabar.lab.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The complete-window story gold ({@code docs/eval/windows/<window>.tsv}, how it was judged in
 * {@code docs/eval/stories-windows.md}): every article of a two-day window of ANT placed in one event by reading.
 * The split was fixed before any tuning, by month: dev windows are tuned on, test windows scored once. Each later
 * round moved the spent test windows to dev and labelled three new ones before trying anything (rounds 3 and 4
 * split by weeks, every month having a window). Round 5's windows were labelled with round 4's and held out until
 * a change of grouping was chosen on the dev windows (the twelfth session's threshold, 0.22 to 0.215): they are
 * its test windows ({@code docs/eval/windows/round5.md}). Round 6's are labelled and held out in
 * {@code docs/eval/windows-round6/} for the next change.
 */
public final class StoryWindows {
  /** Tuned on since the first round. */
  public static final List<String> FIRST_DEV = List.of("2018-03-12", "2018-06-11", "2018-08-14");
  /** The first round's test windows, scored once on 2026-12-06; tuned on since (they are spent). */
  public static final List<String> SPENT = List.of("2018-05-14", "2018-07-16", "2018-10-02");
  /** The second round's test windows, scored at its end (2026-12-07); tuned on since the third round. */
  public static final List<String> SPENT_2 = List.of("2018-02-20", "2018-04-14", "2018-09-11");
  /** The third round's test windows (split by weeks), scored at its end (2026-12-07); tuned on since the fourth. */
  public static final List<String> SPENT_3 = List.of("2018-03-27", "2018-06-25", "2018-10-15");
  /** The fourth round's test windows (split by weeks), scored once at its end (2026-12-07); dev since the fifth. */
  public static final List<String> SPENT_4 = List.of("2018-03-01", "2018-04-28", "2018-07-02");
  public static final List<String> DEV = java.util.stream.Stream.of(FIRST_DEV, SPENT, SPENT_2, SPENT_3, SPENT_4)
      .flatMap(List::stream).toList();
  /**
   * The fifth round's test windows (split by weeks), labelled on 2026-12-07 with the fourth's and held out until the
   * change of this round was chosen on the twelve dev windows before {@link #SPENT_4} joined them.
   */
  public static final List<String> TEST = List.of("2018-04-03", "2018-05-29", "2018-08-01");
  /** Which round {@link #TEST} belongs to, for the report. */
  public static final int TEST_ROUND = 5;

  private StoryWindows() {}

  /** One window's partition, as a story set whose every article is labelled. */
  public record Window(String name, boolean dev, StoryEvents events) {
    public Set<String> ids() {
      Set<String> ids = new java.util.HashSet<>();
      events.events().forEach(e -> ids.addAll(e.members()));
      return ids;
    }
  }

  public static List<Window> read(Path folder, List<String> names) throws IOException {
    List<Window> out = new ArrayList<>();
    for (String name : names) {
      out.add(new Window(name, DEV.contains(name), partition(folder.resolve(name + ".tsv"))));
    }
    return out;
  }

  static StoryEvents partition(Path tsv) throws IOException {
    List<StoryEvents.Event> events = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] f = line.split("\t", -1);
        events.add(new StoryEvents.Event(f[0], f[1], Arrays.stream(f[2].split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList(), Set.of()));
      }
    }
    return new StoryEvents(events);
  }
}
