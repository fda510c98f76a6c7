package io.khabar.lab.eval;

import io.khabar.enrich.ner.NameKeys;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Name variants: does the entity key put two spellings of one name together, and keep look-alike names apart?
 * Precision and recall of "same key" on the judged pairs of docs/eval/name-variants.tsv (dev, used to shape the
 * key) and name-variants-test.tsv (held out), beside plain Lucene ArabicNormalizer equality.
 */
public final class VariantEvaluation {
  /** A judged pair. */
  record Pair(String a, String b, boolean same, String note) {}

  private final Path dir;

  public VariantEvaluation(Path evalDir) {
    this.dir = evalDir;
  }

  static List<Pair> read(Path file) throws IOException {
    List<Pair> out = new ArrayList<>();
    int line = 0;
    for (List<String> row : Tsv.read(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      line++;
      if (line == 1 && row.get(0).equals("a")) {
        continue;
      }
      if (row.size() < 3 || !(row.get(2).equals("same") || row.get(2).equals("different"))) {
        throw new IllegalArgumentException(file + ":" + line + ": expected a, b, same|different, note");
      }
      out.add(new Pair(row.get(0), row.get(1), row.get(2).equals("same"), row.size() > 3 ? row.get(3) : ""));
    }
    return out;
  }

  /** Precision, recall of "same key" and how many different-name pairs stay apart. */
  record Score(int tp, int fp, int fn, int tn) {
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    String apart() {
      return tn + "/" + (tn + fp);
    }
  }

  static Score score(List<Pair> pairs, Function<String, String> key) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Pair p : pairs) {
      boolean same = key.apply(p.a()).equals(key.apply(p.b()));
      if (same && p.same()) {
        tp++;
      } else if (same) {
        fp++;
      } else if (p.same()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Score(tp, fp, fn, tn);
  }

  /** Lucene's ArabicNormalizer on each word (hamza/alef, ى, ة, diacritics, tatweel). */
  static String luceneNormalized(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.strip().split("\\s+")) {
      char[] c = w.toCharArray();
      int len = new ArabicNormalizer().normalize(c, c.length);
      out.append(out.length() == 0 ? "" : " ").append(c, 0, len);
    }
    return out.toString();
  }

  /** The section, and its figures: per set the pair counts, per key precision, recall and pairs kept apart. */
  public Report run() throws IOException {
    List<Pair> dev = read(dir.resolve("name-variants.tsv"));
    List<Pair> test = read(dir.resolve("name-variants-test.tsv"));
    Figures figures = new Figures();
    for (var set : List.of(Map.entry("dev", dev), Map.entry("test", test))) {
      figures.count(set.getKey() + ".pairs", set.getValue().size());
      figures.count(set.getKey() + ".same_pairs", set.getValue().stream().filter(Pair::same).count());
      figures.count(set.getKey() + ".different_pairs", set.getValue().stream().filter(p -> !p.same()).count());
    }
    StringBuilder md = new StringBuilder("## Name variants (`./khabar eval --only variants`)\n\n");
    md.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    md.append(String.format("Judged pairs of names mined from ANT and SaudiNewsNet (how: `docs/eval/name-variants.md`): "
        + "dev `docs/eval/name-variants.tsv` (%d pairs, %d same) shaped the key; test `name-variants-test.tsv` "
        + "(%d pairs, %d same) was never used for tuning. A pair is predicted \"same\" when both names get one key. "
        + "Precision and recall of \"same\"; \"apart\" = different-name pairs kept apart.%n%n",
        dev.size(), dev.stream().filter(Pair::same).count(), test.size(), test.stream().filter(Pair::same).count()));
    md.append("| key | dev precision | dev recall | dev apart | test precision | test recall | test apart |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    row(md, figures, "lucene", "Lucene ArabicNormalizer equality (baseline)", dev, test, VariantEvaluation::luceneNormalized);
    row(md, figures, "orthographic", "Khabar orthographic folding only", dev, test, NameKeys::orthographic);
    row(md, figures, "key", "**Khabar entity key** (`NameKeys`)", dev, test, NameKeys::key);
    md.append("\nTest pairs the key gets wrong:\n\n");
    int wrong = 0;
    for (Pair p : test) {
      boolean same = NameKeys.key(p.a()).equals(NameKeys.key(p.b()));
      if (same != p.same()) {
        wrong++;
        md.append(String.format("- %s / %s: %s, judged %s (%s)%n", p.a(), p.b(), same ? "one key" : "two keys",
            p.same() ? "same" : "different", p.note()));
      }
    }
    if (wrong == 0) {
      md.append("- none\n");
    }
    figures.count("test.key.wrong_pairs", wrong);
    return figures.report(md.toString());
  }

  private static void row(StringBuilder md, Figures figures, String id, String name, List<Pair> dev, List<Pair> test,
      Function<String, String> key) {
    Score d = score(dev, key);
    Score t = score(test, key);
    md.append(String.format("| %s | %.3f | %.3f | %s | %.3f | %.3f | %s |%n", name, d.precision(), d.recall(), d.apart(),
        t.precision(), t.recall(), t.apart()));
    for (var set : List.of(Map.entry("dev", d), Map.entry("test", t))) {
      String prefix = set.getKey() + "." + id + ".";
      figures.put(prefix + "precision", set.getValue().precision(), 3);
      figures.put(prefix + "recall", set.getValue().recall(), 3);
      figures.count(prefix + "apart", set.getValue().tn());
    }
  }
}
