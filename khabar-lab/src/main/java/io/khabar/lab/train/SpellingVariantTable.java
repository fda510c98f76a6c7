package io.khabar.lab.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Writes accepted variant pairs as {@link io.khabar.text.SpellingVariants} reads them: pairs that share a term
 * form one group, and every spelling maps to the group's most frequent one (ties: the smaller string), so the
 * table is the same whatever order the pairs came in.
 */
public final class SpellingVariantTable {
  private SpellingVariantTable() {}

  /** Returns how many spellings map to another form. */
  public static int write(List<SpellingVariantLearner.Pair> pairs, ToIntFunction<String> df, Path out)
      throws IOException {
    Map<String, String> parent = new HashMap<>();
    for (SpellingVariantLearner.Pair p : pairs) {
      union(parent, p.a(), p.b());
    }
    Map<String, List<String>> groups = new TreeMap<>();
    for (String t : parent.keySet()) {
      groups.computeIfAbsent(find(parent, t), x -> new ArrayList<>()).add(t);
    }
    Comparator<String> byUse = Comparator.<String>comparingInt(df::applyAsInt).reversed()
        .thenComparing(Comparator.naturalOrder());
    TreeMap<String, String> form = new TreeMap<>();
    for (List<String> g : groups.values()) {
      String f = g.stream().min(byUse).orElseThrow();
      g.stream().filter(t -> !t.equals(f)).forEach(t -> form.put(t, f));
    }
    StringBuilder b = new StringBuilder("# outlets' spelling variants of analyzed terms: variant<TAB>form.\n"
        + "# Built by ./khabar build-background ... --variants (SpellingVariantLearner); do not edit by hand.\n");
    form.forEach((v, f) -> b.append(v).append('\t').append(f).append('\n'));
    Files.writeString(out, b, StandardCharsets.UTF_8);
    return form.size();
  }

  private static String find(Map<String, String> parent, String t) {
    String p = parent.computeIfAbsent(t, x -> x);
    while (!p.equals(parent.get(p))) {
      p = parent.get(p);
    }
    return p;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }
}
