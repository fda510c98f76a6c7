package io.khabar.cli;

import io.khabar.Khabar;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "score-pairs", mixinStandardHelpOptions = true,
    description = {"Score the similarity of article pairs: reads TSV lines id1<TAB>id2, prints id1<TAB>id2<TAB>score "
        + "with score in [0,1], higher = more similar.",
        "Example: ./khabar score-pairs pairs.tsv"})
final class ScorePairsCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Parameters(paramLabel = "FILE", description = "TSV file of id pairs ('-' for standard input).")
  String file;

  @Override
  public Integer call() throws Exception {
    int problems = 0;
    try (Khabar khabar = data.openKhabar(); BufferedReader in = open()) {
      int n = 0;
      for (String line; (line = in.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] ids = line.split("\t");
        if (ids.length < 2) {
          System.err.println("khabar: " + file + ":" + n + ": expected id1<TAB>id2");
          problems++;
          continue;
        }
        Optional<Double> score = khabar.similarity(ids[0].strip(), ids[1].strip());
        if (score.isEmpty()) {
          System.err.println("khabar: " + file + ":" + n + ": unknown article id in " + line.strip());
          problems++;
          continue;
        }
        System.out.println(ids[0].strip() + "\t" + ids[1].strip() + "\t" + String.format("%.4f", score.get()));
      }
    }
    return problems > 0 ? 2 : 0;
  }

  private BufferedReader open() throws java.io.IOException {
    if (file.equals("-")) {
      return new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) {
      throw new UsageException("no such file: " + file);
    }
    return Files.newBufferedReader(p, StandardCharsets.UTF_8);
  }
}
