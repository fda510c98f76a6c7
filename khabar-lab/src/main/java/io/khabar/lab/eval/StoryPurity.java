package io.khabar.lab.eval;

import io.khabar.model.Article;
import io.khabar.model.Headline;
import io.khabar.store.lucene.LuceneStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Purity of the largest stories of a whole-ANT import: the share of their articles that belong to each story's
 * main event, judged by reading. {@link #score} lists the largest stories ({@code largest.tsv} beside the
 * judgments, for the judges) and scores them with the judgments in {@code judged.tsv}
 * ({@code story<TAB>article<TAB>main|other}); an article of a listed story that nobody judged is counted as
 * unjudged, not guessed.
 */
final class StoryPurity {
  private final Path folder;

  StoryPurity(Path folder) {
    this.folder = folder;
  }

  record Result(double purity, int judged, int unjudged, int stories, String markdown) {}

  Result score(Path storeFolder, int n) throws IOException {
    Map<String, String> judged = judgments();
    List<Map.Entry<String, List<Headline>>> largest = largest(storeFolder, n);
    writeListing(storeFolder, largest);
    int main = 0;
    int seen = 0;
    int unjudged = 0;
    int total = 0;
    Evaluation.Table table = new Evaluation.Table("| story | articles | days | judged | main event (judges' label) | purity |",
        "|---|---|---|---|---|---|");
    for (Map.Entry<String, List<Headline>> s : largest) {
      int storyMain = 0;
      int storySeen = 0;
      for (Headline h : s.getValue()) {
        total++;
        String label = judged.get(s.getKey() + "\t" + h.id());
        if (label == null) {
          unjudged++;
        } else {
          storySeen++;
          storyMain += label.equals("main") ? 1 : 0;
        }
      }
      seen += storySeen;
      main += storyMain;
      table.row(s.getKey(), Integer.toString(s.getValue().size()), days(s.getValue()), Integer.toString(storySeen),
          notes.getOrDefault(s.getKey(), ""), storySeen == 0 ? "n/a" : Evaluation.fmt((double) storyMain / storySeen));
    }
    double purity = seen == 0 ? Double.NaN : (double) main / seen;
    String md = String.format(Locale.ROOT, "**Purity** of the %d largest stories of the whole-ANT import (%d articles): "
            + "%s of the judged articles belong to their story's main event (%d judged by reading, %d not judged; "
            + "listing and judgments in `docs/eval/stories-purity/`):%n%n%s",
        largest.size(), total, seen == 0 ? "n/a" : Evaluation.fmt(purity), seen, unjudged, table);
    return new Result(purity, seen, unjudged, largest.size(), md);
  }

  /** Days from a story's first to its last dated article (one decimal). */
  private static String days(List<Headline> members) {
    List<Long> t = members.stream().filter(h -> h.published() != null)
        .map(h -> h.published().toInstant().toEpochMilli()).sorted().toList();
    return t.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", (t.get(t.size() - 1) - t.get(0)) / 86_400_000.0);
  }

  /** Each story's main event as the judges wrote it (the note "MAIN: …" of one of its lines). */
  private final Map<String, String> notes = new HashMap<>();

  private Map<String, String> judgments() throws IOException {
    Map<String, String> out = new HashMap<>();
    Path f = folder.resolve("judged.tsv");
    if (Files.exists(f)) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] c = line.split("\t");
        if (c.length >= 3 && !line.startsWith("story\t")) {
          out.put(c[0] + "\t" + c[1], c[2].strip());
          if (c.length >= 4 && c[3].startsWith("MAIN:")) {
            notes.put(c[0], c[3].substring(5).strip().replace('|', '/'));
          }
        }
      }
    }
    return out;
  }

  private static List<Map.Entry<String, List<Headline>>> largest(Path storeFolder, int n) throws IOException {
    Map<String, List<Headline>> byStory = new LinkedHashMap<>();
    try (LuceneStore store = LuceneStore.openReadOnly(storeFolder)) {
      for (Headline h : store.allHeadlines()) {
        if (h.story() != null) {
          byStory.computeIfAbsent(h.story(), s -> new ArrayList<>()).add(h);
        }
      }
    }
    List<Map.Entry<String, List<Headline>>> all = new ArrayList<>(byStory.entrySet());
    all.sort((a, b) -> a.getValue().size() != b.getValue().size() ? b.getValue().size() - a.getValue().size()
        : a.getKey().compareTo(b.getKey()));
    return all.subList(0, Math.min(n, all.size()));
  }

  /** What the judges read: each story's articles with outlet, date, title and lead. */
  private void writeListing(Path storeFolder, List<Map.Entry<String, List<Headline>>> largest) throws IOException {
    Files.createDirectories(folder);
    List<String> lines = new ArrayList<>();
    lines.add("story\tsize\tarticle\tsource\tpublished\ttitle\tlead");
    try (LuceneStore store = LuceneStore.openReadOnly(storeFolder)) {
      for (Map.Entry<String, List<Headline>> s : largest) {
        for (Headline h : s.getValue()) {
          String lead = store.get(h.id()).map(Article::text).map(t -> t.split("\\R", 2)[0]).orElse("");
          lines.add(String.join("\t", s.getKey(), Integer.toString(s.getValue().size()), h.id(), h.source(),
              String.valueOf(h.published()), clean(h.title()), clean(lead.length() > 300 ? lead.substring(0, 300) : lead)));
        }
      }
    }
    Files.write(folder.resolve("largest.tsv"), lines, StandardCharsets.UTF_8);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
  }
}
