package io.khabar.lab.eval;

import io.khabar.model.Article;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SemEval-2022 Task 8 Arabic pairs (56, with human "Overall" scores: 1 = same story … 4 =
 * unrelated). Each side becomes an article {@code se-<pair_id>-1/2}: one news id can come with two
 * different excerpts, so ids are per pair side.
 */
public record SemEvalPairs(List<Pair> pairs) {
  public record Pair(String id, double overall, Article first, Article second) {}

  public static SemEvalPairs read(Path tsv) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      List<List<String>> rows = Tsv.read(r);
      List<String> header = rows.get(0);
      int id = header.indexOf("pair_id");
      int overall = header.indexOf("Overall");
      int t1 = header.indexOf("text1");
      int t2 = header.indexOf("text2");
      for (List<String> row : rows.subList(1, rows.size())) {
        String pid = row.get(id);
        pairs.add(new Pair(pid, Double.parseDouble(row.get(overall)), article(pid + "-1", row.get(t1)),
            article(pid + "-2", row.get(t2))));
      }
    }
    return new SemEvalPairs(pairs);
  }

  private static Article article(String id, String text) {
    return new Article("se-" + id, null, "semeval", null, text, null, null, null);
  }

  public List<Article> articles() {
    List<Article> out = new ArrayList<>();
    pairs.forEach(p -> {
      out.add(p.first());
      out.add(p.second());
    });
    return out;
  }
}
