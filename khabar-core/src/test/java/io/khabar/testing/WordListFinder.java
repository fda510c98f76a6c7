package io.khabar.testing;

import io.khabar.model.Entity;
import io.khabar.enrich.ner.EntityFinder;
import io.khabar.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real, tiny entity finder for tests: finds the words of a fixed list (each with its key and type)
 * wherever they occur in the title or text, in order of first mention, each key once.
 */
public final class WordListFinder implements EntityFinder {
  private final Map<String, Entity> byWord = new LinkedHashMap<>();

  /** Adds a name as written, with its key and type. */
  public WordListFinder name(String written, String key, EntityType type) {
    byWord.put(written, new Entity(key, type, written));
    return this;
  }

  @Override
  public List<Entity> find(String title, String text) {
    String all = title + "\n" + text;
    Map<String, Integer> firstAt = new LinkedHashMap<>();
    Map<String, Entity> byKey = new LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : byWord.entrySet()) {
      int at = all.indexOf(e.getKey());
      String key = e.getValue().key();
      if (at >= 0 && (!firstAt.containsKey(key) || at < firstAt.get(key))) {
        firstAt.put(key, at);
        byKey.put(key, e.getValue());
      }
    }
    List<Entity> out = new ArrayList<>(byKey.values());
    out.sort((a, b) -> Integer.compare(firstAt.get(a.key()), firstAt.get(b.key())));
    return out;
  }
}
