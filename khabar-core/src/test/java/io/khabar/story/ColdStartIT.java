package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Ingestion;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.text.BackgroundFrequencies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh store of sixteen articles from one June week (ANT v2.1; Chouigui et al., AICCSA 2017), in the spirit of
 * the seed page: nine events that share countries and names — Trump at the Singapore summit, Trump after the G7,
 * his adviser's heart attack, his daughter's income, his habit of tearing up papers; Saudi Arabia in Hodeidah and
 * at the Mecca summit for Jordan; Iraq's burnt ballots. Each article's event is the one the complete-window gold
 * gives it ({@code docs/eval/windows}). With no counts of its own worth the name, the store decides with the
 * shipped background frequencies: events do not merge (one known borderline article aside), and at least half
 * the same-event pairs group. With the store's own counts alone no weight means anything and nothing groups.
 */
class ColdStartIT {
  @TempDir Path dir;

  @Test
  void onlyTheSameEventsGroupInATinyStore() throws IOException {
    Pairs p = pairs(BackgroundFrequencies.shipped(), "shipped");
    // One known miss stays: Trump's tweet about Kudlow's heart attack, sent minutes before the Singapore handshake
    // and saying so, reaches the summit story at 0.222 (threshold 0.215). No second article may.
    assertTrue(p.foreign <= 1, p.foreign + " articles in a story of another event: " + p.storyOf);
    assertTrue(p.grouped * 2 >= p.sameEvent, "same-event pairs grouped: " + p.grouped + " of " + p.sameEvent
        + ": " + p.storyOf);
  }

  @Test
  void theBackgroundIsWhatGroupsThem() throws IOException {
    Pairs shipped = pairs(BackgroundFrequencies.shipped(), "shipped");
    Pairs none = pairs(BackgroundFrequencies.none(), "none");
    assertTrue(none.grouped < shipped.grouped, "with the store's counts alone: " + none.storyOf);
  }

  /** Same-event pairs, those of them in one story, and articles whose story is another event's (by its first). */
  private record Pairs(int sameEvent, int grouped, int foreign, Map<String, String> storyOf) {}

  private Pairs pairs(BackgroundFrequencies background, String name) throws IOException {
    Path jsonl = dir.resolve("one-week.jsonl");
    try (InputStream in = ColdStartIT.class.getResourceAsStream("one-week.jsonl")) {
      Files.copy(in, jsonl, StandardCopyOption.REPLACE_EXISTING);
    }
    Map<String, String> eventOf = events(jsonl);
    Map<String, String> storyOf = new HashMap<>();
    try (LuceneStore store = LuceneStore.open(dir.resolve("index-" + name))) {
      Ingestion.into(store).withoutEnrichment().storyBackground(background).build().importFiles(List.of(jsonl));
      for (Headline h : store.allHeadlines()) {
        storyOf.put(h.id(), h.story());
      }
    }
    List<String> ids = new ArrayList<>(eventOf.keySet());
    int same = 0;
    int grouped = 0;
    for (String a : ids) {
      for (String b : ids) {
        if (a.compareTo(b) < 0) {
          boolean oneStory = storyOf.get(a) != null && storyOf.get(a).equals(storyOf.get(b));
          if (eventOf.get(a).equals(eventOf.get(b))) {
            same++;
            grouped += oneStory ? 1 : 0;
          }
        }
      }
    }
    int foreign = 0;
    for (String a : ids) {
      String first = storyOf.get(a); // a story's id is its first article's
      foreign += first != null && eventOf.containsKey(first) && !eventOf.get(first).equals(eventOf.get(a)) ? 1 : 0;
    }
    return new Pairs(same, grouped, foreign, storyOf);
  }

  private static Map<String, String> events(Path jsonl) throws IOException {
    Map<String, String> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(jsonl)) {
      JsonNode n = json.readTree(line);
      out.put(n.get("id").asText(), n.get("event").asText());
    }
    return out;
  }
}
