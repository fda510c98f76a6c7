package io.khabar.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Ingestion;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
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
 * A fresh store of fourteen articles from one June week (ANT v2.1; Chouigui et al., AICCSA 2017), in the spirit of
 * the seed page: seven events that share countries and names — Trump at the Singapore summit, Trump after the G7,
 * Trump's tweets, his adviser's heart attack; Saudi Arabia in Hodeidah and at the Mecca summit for Jordan; Iraq's
 * burnt ballots. With no counts of its own worth the name, the store decides with the shipped background
 * frequencies, and only the same events group.
 */
class ColdStartIT {
  @TempDir Path dir;

  @Test
  void onlyTheSameEventsGroupInATinyStore() throws IOException {
    Path jsonl = dir.resolve("one-week.jsonl");
    try (InputStream in = ColdStartIT.class.getResourceAsStream("one-week.jsonl")) {
      Files.copy(in, jsonl, StandardCopyOption.REPLACE_EXISTING);
    }
    Map<String, String> eventOf = events(jsonl);
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      Ingestion.into(store).withoutEnrichment().build().importFiles(List.of(jsonl));
      Map<String, String> storyOf = new HashMap<>();
      for (Headline h : store.allHeadlines()) {
        storyOf.put(h.id(), h.story());
      }
      List<String> ids = new ArrayList<>(eventOf.keySet());
      for (String a : ids) {
        for (String b : ids) {
          if (a.compareTo(b) < 0) {
            String why = a + " / " + b + ": " + storyOf;
            if (eventOf.get(a).equals(eventOf.get(b))) {
              assertEquals(storyOf.get(a), storyOf.get(b), "same event, one story: " + why);
            } else {
              assertNotEquals(storyOf.get(a), storyOf.get(b), "different events, different stories: " + why);
            }
          }
        }
      }
    }
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
